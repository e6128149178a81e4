import { useQuery } from "@tanstack/react-query";
import { ErrorPanel } from "../../../components/error-panel";
import { Skeleton } from "../../../components/skeleton";
import { RELATED_COUNT, relatedQueryOptions } from "../api/get-related";
import { RelatedItem } from "./related-item";

type RelatedSidebarProps = {
  slug: string;
  /** Warms the chosen article, the same prefetch a card does; supplied by the page. */
  onArticleIntent: (slug: string) => void;
};

/**
 * "You may also like". Secondary content: while it loads it holds its space, and if it fails it says
 * so in its own box with a retry, never taking the article down with it.
 */
export function RelatedSidebar({ slug, onArticleIntent }: RelatedSidebarProps) {
  const query = useQuery(relatedQueryOptions(slug));
  // The API promises never to return the article itself; filtering again costs nothing.
  const items = query.data?.items.filter((item) => item.slug !== slug) ?? [];

  return (
    <section aria-labelledby="related-heading">
      <h2
        id="related-heading"
        className="border-t-4 border-rule-strong pt-3 font-sans text-xs font-bold tracking-[0.12em] text-ink uppercase"
      >
        You may also like
      </h2>
      {query.isPending ? (
        <div role="status" aria-live="polite">
          <span className="sr-only">Loading related articles…</span>
          {Array.from({ length: RELATED_COUNT }, (_, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity beyond position.
            <div key={index} className="flex gap-4 border-b border-rule py-4">
              <div className="flex-1">
                <Skeleton className="h-3 w-24" />
                <Skeleton className="mt-2 h-5 w-full" />
                <Skeleton className="mt-1.5 h-5 w-2/3" />
                <Skeleton className="mt-2 h-4 w-32" />
              </div>
              <Skeleton className="size-20 rounded-md" />
            </div>
          ))}
        </div>
      ) : query.isError ? (
        <ErrorPanel
          className="mt-4"
          headingLevel={3}
          error={query.error}
          title="Related reading didn't load"
          onRetry={() => void query.refetch()}
        />
      ) : items.length === 0 ? (
        <p className="py-4 font-serif text-base text-muted">Nothing closely related yet.</p>
      ) : (
        <ul className="divide-y divide-rule">
          {items.map((article) => (
            <li key={article.id}>
              <RelatedItem article={article} onIntent={onArticleIntent} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

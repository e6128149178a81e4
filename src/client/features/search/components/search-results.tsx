import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { Button } from "../../../components/button";
import { ErrorPanel } from "../../../components/error-panel";
import { Skeleton } from "../../../components/skeleton";
import { cn } from "../../../lib/cn";
import { formatCount } from "../../../lib/format";
import { searchQueryOptions } from "../api/search-articles";
import { SearchHitItem } from "./search-hit-item";

type SearchResultsProps = {
  query: string;
  onArticleIntent: (slug: string) => void;
};

/**
 * Results for the (debounced) query. The previous results stay on screen, dimmed, while the next
 * ones load, so typing never flashes an empty page; the count is announced politely.
 */
export function SearchResults({ query, onArticleIntent }: SearchResultsProps) {
  const text = query.trim();
  const search = useInfiniteQuery({ ...searchQueryOptions(text), placeholderData: keepPreviousData });

  if (!text) {
    return <p className="py-8 font-serif text-lg text-muted">Type a word or two to search every article.</p>;
  }
  if (search.isPending) {
    return (
      <div role="status" aria-live="polite" className="divide-y divide-rule">
        <span className="sr-only">Searching…</span>
        {[0, 1, 2].map((row) => (
          <div key={row} className="py-6">
            <Skeleton className="h-3 w-28" />
            <Skeleton className="mt-3 h-7 w-4/5" />
            <Skeleton className="mt-3 h-4 w-full" />
            <Skeleton className="mt-2 h-4 w-2/3" />
          </div>
        ))}
      </div>
    );
  }
  if (search.isError && !search.data) {
    return (
      <ErrorPanel
        error={search.error}
        title="Search isn't working right now"
        onRetry={() => void search.refetch()}
      />
    );
  }

  const hits = search.data?.pages.flatMap((page) => page.items) ?? [];
  const stale = search.isPlaceholderData;
  const countText =
    hits.length === 0
      ? `No articles match “${text}”.`
      : `${formatCount(hits.length, "article", "articles")}${search.hasNextPage ? " or more" : ""} match “${text}”.`;

  return (
    <div
      aria-busy={stale}
      className={cn("transition-opacity motion-reduce:transition-none", stale && "opacity-60")}
    >
      <p role="status" className="border-b border-rule pb-3 font-sans text-sm text-muted">
        {stale ? "Searching…" : countText}
      </p>
      {hits.length === 0 && !stale ? (
        <div className="py-10">
          <p className="font-serif text-xl text-ink">Nothing found for “{text}”.</p>
          <p className="mt-2 text-muted">
            Try fewer or different words, or browse a topic from the menu above.
          </p>
        </div>
      ) : (
        <ul className="divide-y divide-rule">
          {hits.map((hit) => (
            <li key={hit.id}>
              <SearchHitItem hit={hit} onIntent={onArticleIntent} />
            </li>
          ))}
        </ul>
      )}
      {search.hasNextPage ? (
        <div className="mt-8 flex justify-center">
          <Button onClick={() => void search.fetchNextPage()} disabled={search.isFetchingNextPage}>
            {search.isFetchingNextPage ? "Loading more results…" : "Load more results"}
          </Button>
        </div>
      ) : null}
    </div>
  );
}

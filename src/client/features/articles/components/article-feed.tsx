import { useInfiniteQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { ErrorPanel } from "../../../components/error-panel";
import { formatCount } from "../../../lib/format";
import type { ArticleListKeyFilters } from "../api/article-keys";
import { articleListQueryOptions } from "../api/get-articles";
import { usePrefetchArticle } from "../api/use-prefetch-article";
import { ArticleCard } from "./article-card";
import { ArticleFeedSkeleton } from "./article-feed-skeleton";
import { LeadStory } from "./lead-story";
import { LoadMore } from "./load-more";

type ArticleFeedProps = {
  filters?: ArticleListKeyFilters;
  /** Said when the list is empty, e.g. "No stories on this topic yet." */
  emptyMessage?: string;
};

/** The front page's list, reused by topic and source pages: lead story, card grid, load more. */
export function ArticleFeed({
  filters = {},
  emptyMessage = "No stories yet. Check back soon.",
}: ArticleFeedProps) {
  const query = useInfiniteQuery(articleListQueryOptions(filters));
  const prefetchArticle = usePrefetchArticle();
  const [announcement, setAnnouncement] = useState("");
  const pageCount = query.data?.pages.length ?? 0;
  const previousPageCount = useRef(pageCount);

  // Say how many stories arrived when a further page loads; the first page speaks for itself.
  useEffect(() => {
    const pages = query.data?.pages;
    if (pages && pages.length > previousPageCount.current && previousPageCount.current > 0) {
      const added = pages[pages.length - 1]?.items.length ?? 0;
      setAnnouncement(`${formatCount(added, "more story", "more stories")} loaded.`);
    }
    previousPageCount.current = pages?.length ?? 0;
  }, [query.data?.pages]);

  if (query.isPending) return <ArticleFeedSkeleton />;
  if (query.isError && !query.data) {
    return (
      <ErrorPanel
        error={query.error}
        onRetry={() => void query.refetch()}
        title="We couldn't load the stories"
      />
    );
  }

  const articles = query.data.pages.flatMap((page) => page.items);
  const [lead, ...rest] = articles;
  if (!lead) {
    return (
      <p className="rounded-lg border border-rule bg-surface px-6 py-10 text-center font-serif text-lg text-muted">
        {emptyMessage}
      </p>
    );
  }

  return (
    <div>
      <LeadStory article={lead} onIntent={prefetchArticle} />
      {rest.length > 0 ? (
        <ul className="mt-12 grid gap-x-8 gap-y-12 border-t border-rule pt-10 sm:grid-cols-2 lg:grid-cols-3">
          {rest.map((article) => (
            <li key={article.id}>
              <ArticleCard article={article} onIntent={prefetchArticle} />
            </li>
          ))}
        </ul>
      ) : null}
      {query.isFetchNextPageError ? (
        <ErrorPanel
          className="mt-10"
          error={query.error}
          title="We couldn't load more stories"
          onRetry={() => void query.fetchNextPage()}
        />
      ) : (
        <LoadMore
          noun="stories"
          hasMore={query.hasNextPage}
          loading={query.isFetchingNextPage}
          onLoadMore={() => void query.fetchNextPage()}
        />
      )}
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}

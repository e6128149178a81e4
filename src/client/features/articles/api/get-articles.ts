import { infiniteQueryOptions } from "@tanstack/react-query";
import { apiPaths } from "../../../../shared/paths";
import type { ArticlePage } from "../../../../shared/schemas";
import { getJson } from "../../../lib/api-client";
import { type ArticleListKeyFilters, articleKeys } from "./article-keys";

/**
 * Page sizes that fill the grid: the first page is the lead story plus 12 cards, later pages 12, and
 * 12 divides evenly into the 1, 2 and 3 columns the grid uses, so no row is left ragged.
 */
export const FIRST_PAGE_SIZE = 13;
export const NEXT_PAGE_SIZE = 12;

export function articleListQueryOptions(filters: ArticleListKeyFilters = {}) {
  return infiniteQueryOptions({
    queryKey: articleKeys.list(filters),
    queryFn: ({ pageParam, signal }) =>
      getJson<ArticlePage>(
        apiPaths.articles({
          ...filters,
          cursor: pageParam ?? undefined,
          limit: pageParam ? NEXT_PAGE_SIZE : FIRST_PAGE_SIZE,
        }),
        signal,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    staleTime: 60 * 1000,
  });
}

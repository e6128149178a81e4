import { infiniteQueryOptions } from "@tanstack/react-query";
import { apiPaths } from "../../../../shared/paths";
import type { SearchPage } from "../../../../shared/schemas";
import { getJson } from "../../../lib/api-client";
import { searchKeys } from "./search-keys";

export const SEARCH_PAGE_SIZE = 12;

export function searchQueryOptions(q: string) {
  const text = q.trim();
  return infiniteQueryOptions({
    queryKey: searchKeys.query(text),
    queryFn: ({ pageParam, signal }) =>
      getJson<SearchPage>(apiPaths.search(text, pageParam ?? undefined, SEARCH_PAGE_SIZE), signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    // An empty box is not a search: the API would answer 400, so ask nothing.
    enabled: text.length > 0,
    staleTime: 60 * 1000,
  });
}

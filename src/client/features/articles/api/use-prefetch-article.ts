import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { articleQueryOptions } from "./get-article";

/** Warms an article's cache entry, so opening it afterwards shows the text with no loading state. */
export function usePrefetchArticle(): (slug: string) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (slug: string) => void queryClient.prefetchQuery(articleQueryOptions(slug)),
    [queryClient],
  );
}

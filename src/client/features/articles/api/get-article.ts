import { queryOptions } from "@tanstack/react-query";
import { apiPaths } from "../../../../shared/paths";
import type { Article } from "../../../../shared/schemas";
import { getJson } from "../../../lib/api-client";
import { articleKeys } from "./article-keys";

/** An article's text rarely changes after publication: keep it fresh for an hour. */
const ARTICLE_STALE_MS = 60 * 60 * 1000;

export function articleQueryOptions(slug: string) {
  return queryOptions({
    queryKey: articleKeys.detail(slug),
    queryFn: ({ signal }) => getJson<Article>(apiPaths.article(slug), signal),
    staleTime: ARTICLE_STALE_MS,
  });
}

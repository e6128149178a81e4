import { queryOptions } from "@tanstack/react-query";
import { apiPaths } from "../../../../shared/paths";
import type { RelatedList } from "../../../../shared/schemas";
import { getJson } from "../../../lib/api-client";
import { relatedKeys } from "./related-keys";

/** Enough to fill the sidebar beside a typical essay without becoming a second feed. */
export const RELATED_COUNT = 4;

export function relatedQueryOptions(slug: string, limit: number = RELATED_COUNT) {
  return queryOptions({
    queryKey: relatedKeys.forArticle(slug, limit),
    queryFn: ({ signal }) => getJson<RelatedList>(apiPaths.related(slug, limit), signal),
    staleTime: 10 * 60 * 1000,
  });
}

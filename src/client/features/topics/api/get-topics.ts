import { queryOptions } from "@tanstack/react-query";
import { apiPaths } from "../../../../shared/paths";
import type { TopicList } from "../../../../shared/schemas";
import { getJson } from "../../../lib/api-client";

export const topicKeys = {
  all: ["topics"] as const,
  list: () => [...topicKeys.all, "list"] as const,
};

/** Topics change only when feeds bring new ones: the masthead can keep them for ten minutes. */
export function topicListQueryOptions() {
  return queryOptions({
    queryKey: topicKeys.list(),
    queryFn: ({ signal }) => getJson<TopicList>(apiPaths.topics(), signal),
    staleTime: 10 * 60 * 1000,
  });
}

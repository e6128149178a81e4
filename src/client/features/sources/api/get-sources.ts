import { queryOptions } from "@tanstack/react-query";
import { apiPaths } from "../../../../shared/paths";
import type { SourceList } from "../../../../shared/schemas";
import { getJson } from "../../../lib/api-client";

export const sourceKeys = {
  all: ["sources"] as const,
  list: () => [...sourceKeys.all, "list"] as const,
};

export function sourceListQueryOptions() {
  return queryOptions({
    queryKey: sourceKeys.list(),
    queryFn: ({ signal }) => getJson<SourceList>(apiPaths.sources(), signal),
    staleTime: 10 * 60 * 1000,
  });
}

/** Query keys for articles, general to specific, so `all` invalidates everything below it. */
export type ArticleListKeyFilters = { topic?: string; source?: string };

export const articleKeys = {
  all: ["articles"] as const,
  lists: () => [...articleKeys.all, "list"] as const,
  list: (filters: ArticleListKeyFilters) => [...articleKeys.lists(), filters] as const,
  details: () => [...articleKeys.all, "detail"] as const,
  detail: (slug: string) => [...articleKeys.details(), slug] as const,
};

/** URL builders shared by server (links in feeds, sitemaps, tests) and client (fetch, links). */

export type ArticleListFilters = { topic?: string; source?: string; cursor?: string; limit?: number };

function withQuery(path: string, params: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== "") query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export const apiPaths = {
  articles: (filters: ArticleListFilters = {}) => withQuery("/api/articles", filters),
  article: (slug: string) => `/api/articles/${encodeURIComponent(slug)}`,
  related: (slug: string, limit?: number) =>
    withQuery(`/api/articles/${encodeURIComponent(slug)}/related`, { limit }),
  search: (q: string, cursor?: string, limit?: number) => withQuery("/api/search", { q, cursor, limit }),
  topics: () => "/api/topics",
  sources: () => "/api/sources",
  health: () => "/api/health",
};

export const appPaths = {
  home: () => "/",
  article: (slug: string) => `/article/${encodeURIComponent(slug)}`,
  topic: (slug: string) => `/topic/${encodeURIComponent(slug)}`,
  source: (slug: string) => `/source/${encodeURIComponent(slug)}`,
  search: (q?: string) => withQuery("/search", { q }),
};

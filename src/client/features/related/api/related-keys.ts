export const relatedKeys = {
  all: ["related"] as const,
  forArticle: (slug: string, limit: number) => [...relatedKeys.all, slug, { limit }] as const,
};

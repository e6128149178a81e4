/**
 * Cache lifetimes. Lists change whenever a feed brings news, so they are short; an article body
 * rarely changes. Every response also carries an ETag, so revalidation is a cheap 304.
 */
export const CACHE = {
  list: "public, max-age=30, stale-while-revalidate=300",
  article: "public, max-age=300, stale-while-revalidate=86400",
  reference: "public, max-age=300, stale-while-revalidate=3600",
  none: "no-store",
  immutableAsset: "public, max-age=31536000, immutable",
  appShell: "no-cache",
} as const;

import type { Context } from "hono";

/**
 * The public origin for absolute links (feeds, sitemaps, canonical URLs): PUBLIC_URL when the
 * operator sets it (behind a proxy, say), else the origin this request came to.
 */
export function siteOrigin(c: Context, publicUrl: string | null): string {
  if (publicUrl) return publicUrl.replace(/\/+$/, "");
  return new URL(c.req.url).origin;
}

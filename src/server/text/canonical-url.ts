/**
 * A link normalised for matching the same story across feeds: lower-case host, no default port,
 * no fragment, no tracking parameters, no trailing slash, sorted query.
 */
const TRACKING_PARAMETER = /^(utm_[a-z_]+|fbclid|gclid|mc_cid|mc_eid|ref|ref_src|cmpid|s_cid|ocid)$/i;

export function canonicalUrl(link: string): string | null {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  url.hash = "";
  url.hostname = url.hostname.toLowerCase().replace(/^www\./, "");
  const kept = [...url.searchParams.entries()].filter(([name]) => !TRACKING_PARAMETER.test(name));
  kept.sort(([a], [b]) => a.localeCompare(b));
  url.search = new URLSearchParams(kept).toString();
  const path = url.pathname.replace(/\/+$/, "") || "/";
  // http and https copies of one page are the same story.
  return `${url.hostname}${url.port ? `:${url.port}` : ""}${path}${url.search}`;
}

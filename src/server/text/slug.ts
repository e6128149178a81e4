const MAX_SLUG_CHARS = 80;

/** A URL slug from any title: ASCII letters and digits, dash-separated, cut on a word. */
export function slugify(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= MAX_SLUG_CHARS) return slug;
  const cut = slug.slice(0, MAX_SLUG_CHARS + 1);
  const lastDash = cut.lastIndexOf("-");
  return (lastDash > 20 ? cut.slice(0, lastDash) : slug.slice(0, MAX_SLUG_CHARS)).replace(/-+$/, "");
}

/**
 * A slug for a publisher's label in any script: letters and digits kept as they are (so "社会"
 * keeps a name of its own), lower-cased, dash-separated.
 */
export function labelSlug(label: string): string {
  return (
    slugify(label) ||
    label
      .normalize("NFKC")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, MAX_SLUG_CHARS)
  );
}

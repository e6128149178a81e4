/**
 * The <head> a crawler, a chat app's link preview or a first paint needs, built on the server from
 * the same API data the page renders: title, description, canonical, Open Graph, Twitter card,
 * JSON-LD NewsArticle and feed links. Every value is escaped for the context it lands in.
 */
import type { Article } from "../../shared/schemas";
import { SHARE_CARD_SIZE } from "./share-card";

export const SITE_NAME = "Broadsheet";

export type HeadLink = { rel: string; href: string; type?: string; title?: string };

export type PageHead = {
  title: string;
  description: string;
  /** Absolute canonical URL: ours, or the first publisher's for a repost. */
  canonical: string;
  /** Where the canonical points and why, for the page to say so. */
  openGraph: Record<string, string | readonly string[]>;
  twitter: Record<string, string>;
  jsonLd: unknown | null;
  links: HeadLink[];
  robots?: string;
};

export function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

/** JSON inside <script>: no "</script>", "<!--" or line separators can end or confuse the block. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/**
 * The head's tags as HTML. `withTitle: false` leaves out <title> and the description when the
 * rendered page brings its own (React 19 route components do, and keep them current on navigation).
 */
export function renderHead(head: PageHead, options: { withTitle: boolean } = { withTitle: true }): string {
  const tags: string[] = options.withTitle
    ? [
        `<title>${escapeAttribute(head.title)}</title>`,
        `<meta name="description" content="${escapeAttribute(head.description)}">`,
      ]
    : [];
  tags.push(`<link rel="canonical" href="${escapeAttribute(head.canonical)}">`);
  if (head.robots) tags.push(`<meta name="robots" content="${escapeAttribute(head.robots)}">`);
  for (const [property, value] of Object.entries(head.openGraph)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      tags.push(`<meta property="${escapeAttribute(property)}" content="${escapeAttribute(String(item))}">`);
    }
  }
  for (const [name, value] of Object.entries(head.twitter)) {
    tags.push(`<meta name="${escapeAttribute(name)}" content="${escapeAttribute(value)}">`);
  }
  for (const link of head.links) {
    const attributes = Object.entries(link)
      .map(([key, value]) => `${key}="${escapeAttribute(String(value))}"`)
      .join(" ");
    tags.push(`<link ${attributes}>`);
  }
  if (head.jsonLd) tags.push(`<script type="application/ld+json">${scriptSafeJson(head.jsonLd)}</script>`);
  return tags.join("\n    ");
}

function feedLinks(origin: string, base: string, title: string): HeadLink[] {
  return [
    {
      rel: "alternate",
      type: "application/rss+xml",
      title: `${title} (RSS)`,
      href: `${origin}${base}/feed.xml`,
    },
    {
      rel: "alternate",
      type: "application/feed+json",
      title: `${title} (JSON Feed)`,
      href: `${origin}${base}/feed.json`,
    },
  ];
}

export function listHead(
  origin: string,
  page: { path: string; title: string; description: string; feedBase?: string },
): PageHead {
  const url = `${origin}${page.path}`;
  const title = page.path === "/" ? `${SITE_NAME}: ${page.title}` : `${page.title} · ${SITE_NAME}`;
  return {
    title,
    description: page.description,
    canonical: url,
    openGraph: {
      "og:type": "website",
      "og:site_name": SITE_NAME,
      "og:title": page.title,
      "og:description": page.description,
      "og:url": url,
    },
    twitter: {
      "twitter:card": "summary",
      "twitter:title": page.title,
      "twitter:description": page.description,
    },
    jsonLd: null,
    links: page.feedBase === undefined ? [] : feedLinks(origin, page.feedBase, page.title),
  };
}

export function articleHead(origin: string, article: Article): PageHead {
  const ourUrl = `${origin}/article/${encodeURIComponent(article.slug)}`;
  // A story first published elsewhere names its original as canonical: search engines credit the
  // publisher, and the page says so in its attribution line.
  const canonical = article.url || ourUrl;
  const image = article.imageUrl ?? `${origin}/share-card/${encodeURIComponent(article.slug)}.png`;
  const imageSize = article.imageUrl ? null : SHARE_CARD_SIZE;
  const author = article.author ?? article.source.name;
  const openGraph: Record<string, string | readonly string[]> = {
    "og:type": "article",
    "og:site_name": SITE_NAME,
    "og:title": article.title,
    "og:description": article.excerpt,
    "og:url": ourUrl,
    "og:image": image,
    ...(imageSize
      ? { "og:image:width": String(imageSize.width), "og:image:height": String(imageSize.height) }
      : {}),
    "og:image:alt": article.title,
    "article:published_time": article.publishedAt,
    ...(article.updatedAt ? { "article:modified_time": article.updatedAt } : {}),
    "article:author": author,
    ...(article.topics[0] ? { "article:section": article.topics[0].name } : {}),
    "article:tag": [...article.topics.map((topic) => topic.name), ...article.tags.map((tag) => tag.name)],
  };
  return {
    title: `${article.title} · ${SITE_NAME}`,
    description: article.excerpt,
    canonical,
    openGraph,
    twitter: {
      "twitter:card": "summary_large_image",
      "twitter:title": article.title,
      "twitter:description": article.excerpt,
      "twitter:image": image,
    },
    jsonLd: {
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: article.title,
      description: article.excerpt,
      image: [image],
      datePublished: article.publishedAt,
      dateModified: article.updatedAt ?? article.publishedAt,
      author: [{ "@type": article.author ? "Person" : "Organization", name: author }],
      publisher: { "@type": "Organization", name: article.source.name, url: article.source.url || undefined },
      mainEntityOfPage: { "@type": "WebPage", "@id": ourUrl },
      isBasedOn: article.url || undefined,
      articleSection: article.topics[0]?.name,
      wordCount: article.wordCount,
    },
    links: [],
  };
}

export function notFoundHead(origin: string, path: string): PageHead {
  return {
    ...listHead(origin, { path, title: "Page not found", description: "There is no page at this address." }),
    robots: "noindex",
  };
}

/**
 * One shape for every feed format: the fields Broadsheet keeps, still raw (HTML unsanitised),
 * with links resolved and dates read. Format quirks stay in this file.
 */
import type { AnyFeed } from "feedsmith";
import { plainLine } from "../text/html-to-text";

export type FeedItem = {
  guid: string;
  url: string;
  title: string;
  summary: string;
  contentHtml: string;
  author: string | null;
  publishedAt: string | null;
  updatedAt: string | null;
  categories: string[];
  imageUrl: string | null;
};

export type NormalisedFeed = {
  format: AnyFeed["format"];
  title: string;
  siteUrl: string;
  items: FeedItem[];
};

function absoluteUrl(value: string | undefined | null, base: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

function firstAuthor(names: (string | undefined)[]): string | null {
  const name = names.map((value) => plainLine(value)).find((value) => value !== "");
  return name ?? null;
}

type AtomLink = { href?: string; rel?: string; type?: string };
function atomLink(links: AtomLink[] | undefined, rel: string): string | undefined {
  return links?.find((link) => (link.rel ?? "alternate") === rel)?.href;
}

function normaliseParsed(parsed: AnyFeed): NormalisedFeed {
  switch (parsed.format) {
    case "rss": {
      const { feed } = parsed;
      const siteUrl = absoluteUrl(feed.link, undefined) ?? "";
      return {
        format: "rss",
        title: plainLine(feed.title),
        siteUrl,
        items: (feed.items ?? []).map((item) => {
          const url = absoluteUrl(item.link, siteUrl) ?? "";
          return {
            guid: item.guid?.value?.trim() || url,
            url,
            title: plainLine(item.title),
            summary: item.description ?? "",
            contentHtml: item.content?.encoded ?? item.description ?? "",
            author: firstAuthor([
              ...(item.dc?.creators ?? []),
              ...(item.authors ?? []).map((person) => person.name),
            ]),
            publishedAt: item.pubDate ?? item.dc?.dates?.[0] ?? null,
            updatedAt: null,
            categories: (item.categories ?? []).map((category) => plainLine(category.name)),
            imageUrl: absoluteUrl(
              item.enclosures?.find((enclosure) => enclosure.type?.startsWith("image/"))?.url,
              url || siteUrl,
            ),
          };
        }),
      };
    }
    case "atom": {
      const { feed } = parsed;
      const siteUrl = absoluteUrl(atomLink(feed.links, "alternate"), undefined) ?? "";
      const feedAuthor = feed.authors?.[0]?.name;
      return {
        format: "atom",
        title: plainLine(feed.title?.value),
        siteUrl,
        items: (feed.entries ?? []).map((entry) => {
          const url = absoluteUrl(atomLink(entry.links, "alternate"), siteUrl) ?? "";
          return {
            guid: entry.id?.trim() || url,
            url,
            title: plainLine(entry.title?.value),
            summary: entry.summary?.value ?? "",
            contentHtml: entry.content?.value ?? entry.summary?.value ?? "",
            author: firstAuthor([...(entry.authors ?? []).map((person) => person.name), feedAuthor]),
            publishedAt: entry.published ?? entry.updated ?? null,
            updatedAt: entry.published && entry.updated !== entry.published ? (entry.updated ?? null) : null,
            categories: (entry.categories ?? []).map((category) =>
              plainLine(category.label ?? category.term),
            ),
            imageUrl: null,
          };
        }),
      };
    }
    case "rdf": {
      const { feed } = parsed;
      const siteUrl = absoluteUrl(feed.link, undefined) ?? "";
      return {
        format: "rdf",
        title: plainLine(feed.title),
        siteUrl,
        items: (feed.items ?? []).map((item) => {
          const url = absoluteUrl(item.link, siteUrl) ?? "";
          return {
            guid: url,
            url,
            title: plainLine(item.title),
            summary: item.description ?? "",
            contentHtml: item.content?.encoded ?? item.description ?? "",
            author: firstAuthor(item.dc?.creators ?? []),
            publishedAt: item.dc?.dates?.[0] ?? null,
            updatedAt: null,
            categories: (item.dc?.subjects ?? []).map((subject) => plainLine(subject)),
            imageUrl: null,
          };
        }),
      };
    }
    case "json": {
      const { feed } = parsed;
      const siteUrl = absoluteUrl(feed.home_page_url, undefined) ?? "";
      const feedAuthor = feed.authors?.[0]?.name;
      return {
        format: "json",
        title: plainLine(feed.title),
        siteUrl,
        items: (feed.items ?? []).map((item) => {
          const url = absoluteUrl(item.url ?? item.external_url, siteUrl) ?? "";
          const text = item.content_text ? `<p>${escapeText(item.content_text)}</p>` : "";
          return {
            guid: String(item.id ?? "").trim() || url,
            url,
            title: plainLine(item.title),
            summary: item.summary ?? "",
            contentHtml: item.content_html ?? text,
            author: firstAuthor([...(item.authors ?? []).map((author) => author.name), feedAuthor]),
            publishedAt: item.date_published ?? item.date_modified ?? null,
            updatedAt:
              item.date_modified && item.date_modified !== item.date_published ? item.date_modified : null,
            categories: (item.tags ?? []).map((tag) => plainLine(tag)),
            imageUrl: absoluteUrl(item.image ?? item.banner_image, url || siteUrl),
          };
        }),
      };
    }
  }
}

function escapeText(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\n{2,}/g, "</p><p>");
}

export function normaliseFeed(parsed: AnyFeed): NormalisedFeed {
  const feed = normaliseParsed(parsed);
  return { ...feed, items: feed.items.filter((item) => item.guid !== "" && item.title !== "") };
}

/**
 * One shape for every feed format: the fields Broadsheet keeps, with links resolved (xml:base, the
 * item and feed links), text fields made plain, and every body and summary as HTML (still
 * unsanitised). Format quirks stay in this file.
 */
import { createHash } from "node:crypto";
import type { AnyFeed } from "feedsmith";
import { collapseWhitespace, plainLine, plainText } from "../text/html-to-text";

export type FeedItem = {
  /** The publisher's id for the item: guid or id, else its link, else a hash of its text. */
  guid: string;
  url: string;
  title: string;
  summaryHtml: string;
  contentHtml: string;
  /** Base for relative URLs inside the body. */
  baseUrl: string;
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

type Text = { value?: string; type?: string } | undefined;

function resolveHttpUrl(value: string | undefined | null, base?: string): string | null {
  if (!value?.trim()) return null;
  try {
    const url = new URL(value.trim(), base || undefined);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/** A base URL, relative ones resolved against the outer base; any scheme, for xml:base chains. */
function resolveBase(value: string | undefined, outer: string): string {
  if (!value) return outer;
  try {
    return new URL(value, outer || undefined).href;
  } catch {
    return outer;
  }
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Plain text as HTML paragraphs, split on blank lines. */
function textToHtml(text: string): string {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== "")
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
    .join("");
}

/** Atom's text constructs: type="text" is literal text, "html" and "xhtml" are markup. */
function atomHtml(text: Text): string {
  if (!text?.value) return "";
  return text.type === "html" || text.type === "xhtml" ? text.value : textToHtml(text.value);
}

function atomPlain(text: Text): string {
  if (!text?.value) return "";
  return text.type === "html" || text.type === "xhtml"
    ? plainLine(text.value)
    : collapseWhitespace(text.value);
}

function firstName(names: (string | undefined)[]): string | null {
  return names.map((name) => plainText(name)).find((name) => name !== "") ?? null;
}

function isImage(media: { type?: string; medium?: string }): boolean {
  return media.medium === "image" || (media.type?.startsWith("image/") ?? false);
}

function itemId(guid: string | undefined, url: string, title: string, body: string): string {
  const id = guid?.trim();
  if (id) return id;
  if (url) return url;
  return `sha256:${createHash("sha256").update(`${title}\n${body}`).digest("base64url")}`;
}

type Media = {
  contents?: { url?: string; type?: string; medium?: string }[];
  thumbnails?: { url?: string }[];
  groups?: {
    contents?: { url?: string; type?: string; medium?: string }[];
    thumbnails?: { url?: string }[];
  }[];
};

function mediaImage(media: Media | undefined, base: string): string | null {
  if (!media) return null;
  const contents = [
    ...(media.contents ?? []),
    ...(media.groups ?? []).flatMap((group) => group.contents ?? []),
  ];
  const thumbnails = [
    ...(media.thumbnails ?? []),
    ...(media.groups ?? []).flatMap((group) => group.thumbnails ?? []),
  ];
  const url = contents.find(isImage)?.url ?? thumbnails.find((thumbnail) => thumbnail.url)?.url;
  return resolveHttpUrl(url, base);
}

function normaliseParsed(parsed: AnyFeed, feedUrl: string): NormalisedFeed {
  const feedBase = resolveHttpUrl(feedUrl) ?? "";
  switch (parsed.format) {
    case "rss": {
      const { feed } = parsed;
      const siteUrl = resolveHttpUrl(feed.link, feedBase) ?? "";
      const feedAuthor = firstName([
        ...(feed.dc?.creators ?? []),
        feed.managingEditor?.name,
        feed.managingEditor?.email,
      ]);
      return {
        format: "rss",
        title: plainText(feed.title),
        siteUrl,
        items: (feed.items ?? []).map((item) => {
          const url =
            resolveHttpUrl(item.link, siteUrl || feedBase) ??
            resolveHttpUrl(item.guid?.isPermaLink !== false ? item.guid?.value : undefined) ??
            "";
          const contentHtml = item.content?.encoded ?? item.description ?? "";
          const title = plainText(item.title);
          const base = url || siteUrl || feedBase;
          return {
            guid: itemId(item.guid?.value, url, title, contentHtml),
            url,
            title,
            summaryHtml: item.description ?? "",
            contentHtml,
            baseUrl: base,
            author:
              firstName([
                ...(item.dc?.creators ?? []),
                ...(item.authors ?? []).map((person) => person.name ?? person.email),
              ]) ?? feedAuthor,
            publishedAt: item.pubDate ?? item.dc?.dates?.[0] ?? null,
            updatedAt: item.dcterms?.modified?.[0] ?? null,
            categories: [
              ...(item.categories ?? []).map((category) => plainText(category.name)),
              ...(item.dc?.subjects ?? []).map((subject) => plainText(subject)),
            ],
            imageUrl:
              resolveHttpUrl(
                item.enclosures?.find((enclosure) => enclosure.type?.startsWith("image/"))?.url,
                base,
              ) ?? mediaImage(item.media, base),
          };
        }),
      };
    }
    case "atom": {
      const { feed } = parsed;
      const base = resolveBase(feed.xml?.base, feedBase);
      const alternate = (links: { href?: string; rel?: string }[] | undefined) =>
        links?.find((link) => (link.rel ?? "alternate") === "alternate")?.href;
      const siteUrl = resolveHttpUrl(alternate(feed.links), base) ?? "";
      const feedAuthor = firstName((feed.authors ?? []).map((person) => person.name));
      return {
        format: "atom",
        title: atomPlain(feed.title),
        siteUrl,
        items: (feed.entries ?? []).map((entry) => {
          const entryBase = resolveBase(entry.xml?.base, base);
          const url = resolveHttpUrl(alternate(entry.links), entryBase) ?? "";
          const contentHtml = atomHtml(entry.content) || atomHtml(entry.summary);
          const title = atomPlain(entry.title);
          const enclosure = entry.links?.find(
            (link) => link.rel === "enclosure" && link.type?.startsWith("image/"),
          );
          return {
            guid: itemId(entry.id, url, title, contentHtml),
            url,
            title,
            summaryHtml: atomHtml(entry.summary),
            contentHtml,
            baseUrl: resolveBase(entry.content?.xml?.base, entryBase),
            author: firstName((entry.authors ?? []).map((person) => person.name)) ?? feedAuthor,
            publishedAt: entry.published ?? entry.updated ?? null,
            updatedAt:
              entry.published && entry.updated && entry.updated !== entry.published ? entry.updated : null,
            categories: (entry.categories ?? []).map((category) =>
              plainText(category.label ?? category.term),
            ),
            imageUrl: resolveHttpUrl(enclosure?.href, entryBase) ?? mediaImage(entry.media, entryBase),
          };
        }),
      };
    }
    case "rdf": {
      const { feed } = parsed;
      const siteUrl = resolveHttpUrl(feed.link, feedBase) ?? "";
      const feedAuthor = firstName(feed.dc?.creators ?? []);
      return {
        format: "rdf",
        title: plainText(feed.title),
        siteUrl,
        items: (feed.items ?? []).map((item) => {
          const url = resolveHttpUrl(item.link, siteUrl || feedBase) ?? "";
          const contentHtml = item.content?.encoded ?? item.description ?? "";
          const title = plainText(item.title);
          return {
            guid: itemId(undefined, url, title, contentHtml),
            url,
            title,
            summaryHtml: item.description ?? "",
            contentHtml,
            baseUrl: url || siteUrl || feedBase,
            author: firstName(item.dc?.creators ?? []) ?? feedAuthor,
            publishedAt: item.dc?.dates?.[0] ?? null,
            updatedAt: null,
            categories: (item.dc?.subjects ?? []).map((subject) => plainText(subject)),
            imageUrl: mediaImage(item.media, url || siteUrl),
          };
        }),
      };
    }
    case "json": {
      const { feed } = parsed;
      const siteUrl = resolveHttpUrl(feed.home_page_url, feedBase) ?? "";
      const feedAuthor = firstName((feed.authors ?? []).map((author) => author.name));
      return {
        format: "json",
        title: plainText(feed.title),
        siteUrl,
        items: (feed.items ?? []).map((item) => {
          const url = resolveHttpUrl(item.url ?? item.external_url, siteUrl || feedBase) ?? "";
          const contentHtml = item.content_html ?? (item.content_text ? textToHtml(item.content_text) : "");
          const title = plainText(item.title);
          const base = url || siteUrl || feedBase;
          return {
            guid: itemId(item.id === undefined ? undefined : String(item.id), url, title, contentHtml),
            url,
            title,
            summaryHtml: item.summary ? textToHtml(item.summary) : "",
            contentHtml,
            baseUrl: base,
            author: firstName((item.authors ?? []).map((author) => author.name)) ?? feedAuthor,
            publishedAt: item.date_published ?? item.date_modified ?? null,
            updatedAt:
              item.date_modified && item.date_modified !== item.date_published ? item.date_modified : null,
            categories: (item.tags ?? []).map((tag) => plainText(tag)),
            imageUrl: resolveHttpUrl(item.image ?? item.banner_image, base),
          };
        }),
      };
    }
  }
}

/** Items with neither a title nor a body say nothing a reader could use, and are dropped. */
export function normaliseFeed(parsed: AnyFeed, feedUrl = ""): NormalisedFeed {
  const feed = normaliseParsed(parsed, feedUrl);
  return { ...feed, items: feed.items.filter((item) => item.title !== "" || item.contentHtml.trim() !== "") };
}

/** From a normalised feed item to the values an article row holds: sanitised, measured, dated. */
import { createHash } from "node:crypto";
import { canonicalUrl } from "../text/canonical-url";
import { parseFeedDate } from "../text/feed-date";
import { fingerprintOf } from "../text/fingerprint";
import { htmlToText } from "../text/html-to-text";
import { countWords, excerptOf, readingMinutes } from "../text/reading";
import { words } from "../text/terms";
import type { FeedItem } from "./normalise-feed";
import { sanitiseArticleHtml } from "./sanitise-html";
import { type SiteTopic, topicsForCategories } from "./site-topics";
import { articleTermCounts } from "./term-vector";

export type PreparedArticle = {
  guid: string;
  url: string;
  canonicalUrl: string | null;
  title: string;
  excerpt: string;
  author: string | null;
  imageUrl: string | null;
  contentHtml: string;
  contentText: string;
  publishedAt: string;
  publishedTs: number;
  /** True when the feed gave no usable date and first-seen time stands in. */
  dateMissing: boolean;
  updatedAt: string | null;
  wordCount: number;
  readingMinutes: number;
  contentHash: string;
  fingerprint: number[] | null;
  /** Content words and how much each counts (title 3, excerpt 2, body 1): for related reading. */
  termCounts: Map<string, number>;
  topics: SiteTopic[];
  /** The feed's own categories that are not site topics. */
  tags: string[];
};

const MAX_TAGS = 12;
const FIRST_IMAGE = /<img\b[^>]*\bsrc="([^"]+)"/i;

function decodeAttribute(value: string): string {
  return value
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

export function prepareArticle(item: FeedItem, seenAt: Date): PreparedArticle {
  const contentHtml = sanitiseArticleHtml(item.contentHtml, item.baseUrl);
  const contentText = htmlToText(contentHtml);
  const summary = htmlToText(sanitiseArticleHtml(item.summaryHtml, item.baseUrl)).replace(/\s+/g, " ");
  const published = parseFeedDate(item.publishedAt);
  const fallback = { iso: seenAt.toISOString().replace(/\.\d{3}Z$/, "+00:00"), epochMs: seenAt.getTime() };
  const wordCount = countWords(contentText);
  const title = item.title || excerptOf(contentText, 80);
  const topics = topicsForCategories(item.categories);
  const topicNames = new Set(topics.map((topic) => topic.name.toLowerCase()));
  const tags = [...new Set(item.categories.filter((category) => category !== ""))]
    .filter(
      (category) => topicsForCategories([category]).length === 0 && !topicNames.has(category.toLowerCase()),
    )
    .slice(0, MAX_TAGS);
  // The sanitiser has already resolved and vetted every <img src>, so the first one is safe to use.
  const bodyImage = FIRST_IMAGE.exec(contentHtml)?.[1];
  const excerpt = excerptOf(summary || contentText);
  const bodyWords = words(contentText);
  return {
    guid: item.guid,
    url: item.url,
    canonicalUrl: item.url ? canonicalUrl(item.url) : null,
    title,
    excerpt,
    author: item.author,
    imageUrl: item.imageUrl ?? (bodyImage ? decodeAttribute(bodyImage) : null),
    contentHtml,
    contentText,
    publishedAt: (published ?? fallback).iso,
    publishedTs: (published ?? fallback).epochMs,
    dateMissing: published === null,
    updatedAt: parseFeedDate(item.updatedAt)?.iso ?? null,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    contentHash: createHash("sha256").update(`${title}\n${contentText}`).digest("base64url"),
    fingerprint: fingerprintOf(bodyWords),
    termCounts: articleTermCounts({ title, excerpt, bodyWords }),
    topics,
    tags,
  };
}

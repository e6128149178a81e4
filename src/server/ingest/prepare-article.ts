/** From a normalised, sanitised feed item to the values an article row holds. */
import { createHash } from "node:crypto";
import { parseFeedDate } from "../text/feed-date";
import { htmlToText, plainLine } from "../text/html-to-text";
import { countWords, excerptOf, readingMinutes } from "../text/reading";
import type { FeedItem } from "./normalise-feed";
import { sanitiseArticleHtml } from "./sanitise-html";
import { type SiteTopic, topicsForCategories } from "./site-topics";

export type PreparedArticle = {
  guid: string;
  url: string;
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
  topics: SiteTopic[];
};

export function prepareArticle(item: FeedItem, feedSiteUrl: string, seenAt: Date): PreparedArticle {
  const base = item.url || feedSiteUrl;
  const contentHtml = sanitiseArticleHtml(item.contentHtml, base);
  const contentText = htmlToText(contentHtml);
  const summary = plainLine(item.summary);
  const published = parseFeedDate(item.publishedAt);
  const fallback = { iso: seenAt.toISOString().replace(/\.\d{3}Z$/, "+00:00"), epochMs: seenAt.getTime() };
  const wordCount = countWords(contentText);
  return {
    guid: item.guid,
    url: item.url,
    title: item.title,
    excerpt: excerptOf(summary || contentText),
    author: item.author,
    imageUrl: item.imageUrl,
    contentHtml,
    contentText,
    publishedAt: (published ?? fallback).iso,
    publishedTs: (published ?? fallback).epochMs,
    dateMissing: published === null,
    updatedAt: parseFeedDate(item.updatedAt)?.iso ?? null,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    contentHash: createHash("sha256").update(`${item.title}\n${contentText}`).digest("base64url"),
    topics: topicsForCategories(item.categories),
  };
}

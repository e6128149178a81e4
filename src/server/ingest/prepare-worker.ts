/**
 * The CPU-heavy half of ingest, run on a worker thread by prepare-pool.ts: parsing a feed and
 * sanitising, measuring and keying its items. Only plain data crosses the thread boundary, so a
 * refusal comes back as a value (an Error's class would not survive the trip).
 */

import { type FeedItem, normaliseFeed } from "./normalise-feed";
import { FeedRejectedError, parseFeed } from "./parse-feed";
import { type PreparedArticle, prepareArticle } from "./prepare-article";
import type { FeedSource } from "./store-feed";

export type PreparedFeed =
  | { kind: "prepared"; source: FeedSource; articles: PreparedArticle[] }
  | { kind: "rejected"; reason: string };

export function prepareFeedBody(job: { body: string; feedUrl: string; seenAt: Date }): PreparedFeed {
  try {
    const feed = normaliseFeed(parseFeed(job.body), job.feedUrl);
    if (feed.items.length === 0 && feed.title === "")
      return { kind: "rejected", reason: "The feed has no title and no items" };
    return {
      kind: "prepared",
      source: { feedUrl: job.feedUrl, format: feed.format, title: feed.title, siteUrl: feed.siteUrl },
      articles: feed.items.map((item) => prepareArticle(item, job.seenAt)),
    };
  } catch (error) {
    if (error instanceof FeedRejectedError) return { kind: "rejected", reason: error.message };
    throw error;
  }
}

export function prepareItems(job: { items: FeedItem[]; seenAt: Date }): PreparedArticle[] {
  return job.items.map((item) => prepareArticle(item, job.seenAt));
}

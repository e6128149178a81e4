/** The ingest pipeline for one feed body: parse → normalise → sanitise/prepare → store. */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Kysely } from "kysely";
import type { Database } from "../db/tables";
import { decodeFeedBody } from "./decode-feed-body";
import { normaliseFeed } from "./normalise-feed";
import { FeedRejectedError, parseFeed } from "./parse-feed";
import { prepareArticle } from "./prepare-article";
import { type StoreSummary, storeFeed } from "./store-feed";

export async function ingestFeedBody(
  db: Kysely<Database>,
  feedUrl: string,
  body: string,
  seenAt = new Date(),
): Promise<StoreSummary> {
  const feed = normaliseFeed(parseFeed(body), feedUrl);
  if (feed.items.length === 0 && feed.title === "")
    throw new FeedRejectedError("The feed has no title and no items");
  const articles = feed.items.map((item) => prepareArticle(item, seenAt));
  return storeFeed(
    db,
    { feedUrl, format: feed.format, title: feed.title, siteUrl: feed.siteUrl },
    articles,
    seenAt,
  );
}

/** A feed from a local file; `feedUrl` names it in the sources table (an absolute path by default). */
export async function ingestFeedFile(
  db: Kysely<Database>,
  path: string,
  feedUrl = resolve(path),
): Promise<StoreSummary> {
  return ingestFeedBody(db, feedUrl, decodeFeedBody(new Uint8Array(await readFile(path))));
}

/** The ingest pipeline for one feed body: parse → normalise → sanitise/prepare (on a worker) → store. */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Kysely } from "kysely";
import type { Database } from "../db/tables";
import { decodeFeedBody } from "./decode-feed-body";
import { prepareFeed } from "./prepare-pool";
import { type StoreSummary, storeFeed } from "./store-feed";

export async function ingestFeedBody(
  db: Kysely<Database>,
  feedUrl: string,
  body: string,
  seenAt = new Date(),
): Promise<StoreSummary> {
  const { source, articles } = await prepareFeed(body, feedUrl, seenAt);
  return storeFeed(db, source, articles, seenAt);
}

/** A feed from a local file; `feedUrl` names it in the sources table (an absolute path by default). */
export async function ingestFeedFile(
  db: Kysely<Database>,
  path: string,
  feedUrl = resolve(path),
): Promise<StoreSummary> {
  return ingestFeedBody(db, feedUrl, decodeFeedBody(new Uint8Array(await readFile(path))));
}

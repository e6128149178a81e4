/**
 * The demo newsroom: feed files in src/server/demo, ingested through the same pipeline as any real
 * feed when the database has no articles, so `npm start` shows content with no setup.
 */
import { readdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Kysely } from "kysely";
import type { Database } from "../db/tables";
import { ingestFeedFile } from "./ingest-feed";
import type { StoreSummary } from "./store-feed";

const DEMO_DIRECTORY = fileURLToPath(new URL("../demo/", import.meta.url));
const FEED_FILE = /\.(rss\.xml|atom\.xml|feed\.json)$/;

async function demoFeedFiles(): Promise<string[]> {
  const names = await readdir(DEMO_DIRECTORY);
  return names.filter((name) => FEED_FILE.test(name)).sort();
}

/** Ingests the demo feeds into an empty database; returns null when there was already content. */
export async function ingestDemoIfEmpty(db: Kysely<Database>): Promise<StoreSummary[] | null> {
  const any = await db.selectFrom("articles").select("id").limit(1).executeTakeFirst();
  if (any) return null;
  const summaries: StoreSummary[] = [];
  for (const name of await demoFeedFiles()) {
    // A stable name rather than an absolute path, so a moved checkout still knows its demo sources.
    summaries.push(await ingestFeedFile(db, `${DEMO_DIRECTORY}${name}`, `demo:${name}`));
  }
  return summaries;
}

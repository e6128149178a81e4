/**
 * Keeps the feeds listed in FEEDS_FILE fresh while the server runs. Each feed is due at its
 * source's next_fetch_at (interval plus jitter after a success, back-off or Retry-After after a
 * failure); one feed is fetched at a time, since SQLite takes one writer anyway.
 */
import type { Kysely } from "kysely";
import type { Logger } from "pino";
import type { Database } from "../db/tables";
import { readFeedsFile } from "./feeds-file";
import { feedLocation, ingestSource } from "./ingest-source";

const TICK_MS = 30_000;

export type Poller = { stop: () => Promise<void> };

export function startPolling(
  db: Kysely<Database>,
  options: { feedsFile: string; intervalMs: number; logger: Logger },
): Poller {
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;

  const jitteredInterval = () => options.intervalMs * (0.9 + Math.random() * 0.2);

  async function pollDue(): Promise<void> {
    const feeds = (await readFeedsFile(options.feedsFile)).map(feedLocation);
    for (const feedUrl of feeds) {
      if (stopped) return;
      const source = await db
        .selectFrom("sources")
        .select("next_fetch_at")
        .where("feed_url", "=", feedUrl)
        .executeTakeFirst();
      if (source?.next_fetch_at && Date.parse(source.next_fetch_at) > Date.now()) continue;
      const outcome = await ingestSource(db, feedUrl, { pollIntervalMs: jitteredInterval() });
      if (outcome.status === "failed")
        options.logger.warn({ feed: feedUrl, error: outcome.error }, "feed refused");
      else if (outcome.status === "ingested")
        options.logger.info({ feed: feedUrl, ...outcome.summary, ms: outcome.ms }, "feed ingested");
    }
  }

  const tick = () => {
    running = pollDue()
      .catch((error: unknown) => options.logger.error({ err: error }, "feed polling failed"))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, TICK_MS);
      });
  };
  tick();

  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

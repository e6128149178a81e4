/**
 * Feeds are prepared (prepare-worker.ts) on worker threads, not on the thread that serves pages:
 * sanitising a 500-item feed is a few hundred milliseconds of parsing that would otherwise stall
 * every request behind it, and on a machine with a second core the next feed is prepared while
 * this one is stored (a SQLite file has one writer, so storing stays on the thread that asked: the
 * server's polling thread, polling-thread.ts).
 *
 * The workers run the TypeScript sources through tsx, as the server itself does
 * (prepare-worker-entry.mjs). Idle workers are unreferenced and exit after a while, so a pool never
 * keeps a process alive.
 */
import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import type { FeedItem } from "./normalise-feed";
import { FeedRejectedError } from "./parse-feed";
import type { PreparedArticle } from "./prepare-article";
import type {
  PreparedFeed,
  prepareFeedBody as PrepareFeedBody,
  prepareItems as PrepareItems,
} from "./prepare-worker";
import type { FeedSource } from "./store-feed";

let pool: Piscina | null = null;

function workers(): Piscina {
  pool ??= new Piscina({
    filename: new URL("./prepare-worker-entry.mjs", import.meta.url).href,
    // One core stays with the thread that stores what the workers prepare.
    maxThreads: Math.max(1, availableParallelism() - 1),
    minThreads: 0,
    // Polls come every few minutes; a worker that stays warm spares each one the thread start-up.
    idleTimeout: 10 * 60_000,
  });
  return pool;
}

/** Parses and prepares a feed body; a feed that is not one is a FeedRejectedError. */
export async function prepareFeed(
  body: string,
  feedUrl: string,
  seenAt: Date,
): Promise<{ source: FeedSource; articles: PreparedArticle[] }> {
  const job: Parameters<typeof PrepareFeedBody>[0] = { body, feedUrl, seenAt };
  const prepared: PreparedFeed = await workers().run(job, { name: "prepareFeedBody" });
  if (prepared.kind === "rejected") throw new FeedRejectedError(prepared.reason);
  return prepared;
}

/** Prepares items that are already normalised (a bulk import, the benchmark's synthetic archive). */
export async function prepareFeedItems(items: FeedItem[], seenAt: Date): Promise<PreparedArticle[]> {
  const job: Parameters<typeof PrepareItems>[0] = { items, seenAt };
  return workers().run(job, { name: "prepareItems" });
}

/** Stops the workers (a CLI run or a test that wants to exit at once). */
export async function closePreparePool(): Promise<void> {
  const closing = pool;
  pool = null;
  await closing?.close();
}

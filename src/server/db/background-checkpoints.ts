/**
 * Write-ahead-log checkpoints on a thread of their own. A commit in WAL mode appends the pages it
 * changed to the log; a checkpoint later copies them into the database file. SQLite does that in
 * the committing thread once the log passes 1,000 pages, and in a large archive, where each
 * stored article changes some 30 pages scattered over its indexes, the copying was 40% of what
 * storing a feed cost. A second connection on another thread copies them instead, every
 * CHECKPOINT_INTERVAL_MS, while the writer goes on (SQLite's own advice for busy writers).
 *
 * The writer keeps a backstop: it checkpoints itself past BACKSTOP_PAGES, should this thread fall
 * behind or be gone, so the log never grows without bound. The backstop sits above what one feed
 * writes: SQLite checks it after every commit, and at 100,000 articles a feed of 500 changes some
 * 15,000 pages, so a lower one (it was 10,000) had the writer copy every feed itself after all,
 * nearly tripling what a commit cost. A log that grew past LOG_BYTES_KEPT is cut back to it when it
 * starts over, so a burst does not leave a large file behind.
 */
import { Worker } from "node:worker_threads";
import type SqliteDatabase from "better-sqlite3";

/**
 * A checkpoint copies each page once however many commits changed it since the last, and
 * consecutive feeds change many of the same index pages: once a second (about two feeds of 500 at
 * 100,000 articles, some 30,000 pages, under the backstop) ingest ran 3% faster than at 250 ms in
 * two alternating pairs of runs (955-964/s against 928-931/s).
 */
const CHECKPOINT_INTERVAL_MS = 1_000;
const BACKSTOP_PAGES = 50_000;
const LOG_BYTES_KEPT = 64 * 2 ** 20;

export type BackgroundCheckpoints = { stop: () => Promise<void> };

/** A thread that fails (its file gone, say) leaves the writer's backstop to do the work. */
function warnOnce(error: Error): void {
  process.stderr.write(`Background checkpoints stopped; the writer checkpoints itself: ${error.message}\n`);
}

export function checkpointInBackground(
  sqlite: SqliteDatabase.Database,
  file: string,
  onError: (error: Error) => void = warnOnce,
): BackgroundCheckpoints {
  sqlite.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
  sqlite.pragma(`journal_size_limit = ${LOG_BYTES_KEPT}`);
  const worker = new Worker(new URL("./checkpoint-worker.mjs", import.meta.url), {
    workerData: { file, intervalMs: CHECKPOINT_INTERVAL_MS },
  });
  worker.once("error", onError);
  // A process that is done (a CLI run, a test) exits without waiting for this thread.
  worker.unref();
  const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
  return {
    stop: async () => {
      // Held while it closes its connection, so the process waits for that before it exits.
      worker.ref();
      worker.postMessage("stop");
      await exited;
    },
  };
}

/**
 * Write-ahead-log checkpoints on a thread of their own. A commit in WAL mode appends the pages it
 * changed to the log; a checkpoint later copies them into the database file. SQLite does that in
 * the committing thread once the log passes 1,000 pages, and in a large archive, where each
 * stored article changes some 30 pages scattered over its indexes, the copying was 40% of what
 * storing a feed cost. A second connection on another thread copies them instead, every
 * CHECKPOINT_INTERVAL_MS, while the writer goes on (SQLite's own advice for busy writers).
 *
 * The writer keeps a backstop: it checkpoints itself past BACKSTOP_PAGES, should this thread fall
 * behind or be gone, so the log never grows without bound.
 */
import { Worker } from "node:worker_threads";
import type SqliteDatabase from "better-sqlite3";

const CHECKPOINT_INTERVAL_MS = 250;
const BACKSTOP_PAGES = 10_000;

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

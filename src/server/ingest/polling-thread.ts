/**
 * Feed polling on a thread of its own, with its own connection to the database file. Storing a
 * feed is one synchronous transaction (store-feed.ts): tens of milliseconds for a usual feed, seconds
 * for one of 500 items in a large archive. On the thread that answers requests, every request
 * would wait that long; here none does. The server's connection sees each commit at its next read
 * (the response cache checks the database version per turn), as it sees the ingest CLI's.
 *
 * Polls are one feed at a time (poll-sources.ts), and the server's own connection writes only while
 * it starts, before this thread does: the two never wait on each other's write lock.
 */
import { Worker } from "node:worker_threads";
import type { Logger } from "pino";
import type { Env } from "../env";
import type { Poller } from "./poll-sources";

export type PollingThreadOptions = {
  file: string;
  feedsFile: string;
  intervalMs: number;
  logLevel: Env["LOG_LEVEL"];
};

/** How long a stopping thread may take to finish the feed it is storing. */
const STOP_GRACE_MS = 8_000;

export function startPollingThread(options: PollingThreadOptions, logger: Logger): Poller {
  const worker = new Worker(new URL("./polling-worker-entry.mjs", import.meta.url), {
    workerData: options,
  });
  const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
  worker.on("error", (error) => logger.error({ err: error }, "feed polling stopped"));
  return {
    stop: async () => {
      worker.postMessage("stop");
      const timeout = setTimeout(() => void worker.terminate(), STOP_GRACE_MS);
      await exited;
      clearTimeout(timeout);
    },
  };
}

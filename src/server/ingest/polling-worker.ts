/**
 * Runs on the polling thread (polling-thread.ts): its own connection to the database file, the
 * poller, and its own logger writing to the same output. A "stop" message lets the feed being
 * stored finish, then closes the connection; the thread then has nothing left and exits.
 */
import { parentPort, workerData } from "node:worker_threads";
import { openStore } from "../db/connection";
import { createLogger } from "../logger";
import { startPolling } from "./poll-sources";
import type { PollingThreadOptions } from "./polling-thread";
import { closePreparePool } from "./prepare-pool";

const options = workerData as PollingThreadOptions;
// This connection writes whole feeds: its log is copied into the file on a thread of its own.
const store = openStore({ kind: "sqlite", file: options.file }, { checkpointInBackground: true });
const poller = startPolling(store.db, {
  feedsFile: options.feedsFile,
  intervalMs: options.intervalMs,
  logger: createLogger(options.logLevel),
});

parentPort?.once("message", async () => {
  await poller.stop();
  await closePreparePool();
  await store.close();
  parentPort?.close();
});

// The checkpoint thread's body (background-checkpoints.ts), plain JavaScript: it needs nothing but
// better-sqlite3, so it runs without the TypeScript loader the other workers register.
import { parentPort, workerData } from "node:worker_threads";
import SqliteDatabase from "better-sqlite3";

const { file, intervalMs } = workerData;
const sqlite = new SqliteDatabase(file);
sqlite.pragma("busy_timeout = 1000");
// PASSIVE copies what no reader still needs and never waits for the writer or blocks it.
const checkpoint = sqlite.prepare("PRAGMA wal_checkpoint(PASSIVE)");
const timer = setInterval(() => checkpoint.run(), intervalMs);

parentPort?.on("message", (message) => {
  if (message !== "stop") return;
  clearInterval(timer);
  sqlite.close();
  parentPort?.close();
});

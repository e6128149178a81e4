/**
 * The server polls feeds on a thread of its own (src/server/ingest/polling-thread.ts), so storing
 * a feed never holds the thread that answers requests. Shown without timing anything: the feed's
 * articles arrive while the main connection has written nothing, and stopping lets the thread go.
 */
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import pino from "pino";
import { expect, it, onTestFinished } from "vitest";
import { sqliteOf } from "../../src/server/db/connection";
import { startPollingThread } from "../../src/server/ingest/polling-thread";
import { temporaryDirectory } from "./support/server-process";
import { temporaryStore } from "./support/temporary-store";

it("stores the polled feeds through a connection of its own, then stops when asked", async () => {
  const store = await temporaryStore();
  onTestFinished(store.remove);
  const directory = temporaryDirectory("broadsheet-poll-thread-");
  onTestFinished(directory.remove);
  const feedsFile = join(directory.path, "feeds.txt");
  writeFileSync(feedsFile, `${resolve(import.meta.dirname, "../fixtures/feeds/atom-html.xml")}\n`);

  const main = sqliteOf(store.db);
  const writtenHere = () => (main.prepare("SELECT total_changes() AS n").get() as { n: number }).n;
  const before = writtenHere();
  const poller = startPollingThread(
    { file: store.file, feedsFile, intervalMs: 60_000, logLevel: "silent" },
    pino({ level: "silent" }),
  );
  let articles = 0;
  for (let attempt = 0; attempt < 100 && articles === 0; attempt += 1) {
    await new Promise((wait) => setTimeout(wait, 100));
    articles = (main.prepare("SELECT count(*) AS n FROM articles").get() as { n: number }).n;
  }
  await poller.stop();

  expect(articles).toBeGreaterThan(0);
  expect(writtenHere()).toBe(before);
  const source = main.prepare("SELECT last_success_at AS at FROM sources").get() as { at: string | null };
  expect(source.at).not.toBeNull();
});

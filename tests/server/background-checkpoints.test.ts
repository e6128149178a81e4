/**
 * With checkpoints on their own thread, what a commit appends to the write-ahead log reaches the
 * database file without the writer checkpointing (its own threshold is far higher), and closing
 * the store stops the thread, so the last connection removes the log.
 */
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { afterEach, describe, expect, it, vi } from "vitest";
import { checkpointInBackground } from "../../src/server/db/background-checkpoints";
import { openStore, type Store, sqliteOf } from "../../src/server/db/connection";
import { temporaryDirectory } from "./support/server-process";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function storeIn(checkpointInBackground: boolean): { store: Store; file: string } {
  const directory = temporaryDirectory("broadsheet-checkpoints-");
  cleanups.push(() => directory.remove());
  const file = join(directory.path, "log.db");
  const store = openStore({ kind: "sqlite", file }, { checkpointInBackground });
  cleanups.push(() => store.close());
  return { store, file };
}

/** About 2 MB in 500 pages, well under the writer's own checkpoint threshold. */
function writeTwoMegabytes(store: Store): void {
  const sqlite = sqliteOf(store.db);
  sqlite.exec("CREATE TABLE IF NOT EXISTS filler (body BLOB)");
  const insert = sqlite.prepare("INSERT INTO filler (body) VALUES (randomblob(4000))");
  sqlite.transaction(() => {
    for (let row = 0; row < 500; row += 1) insert.run();
  })();
}

const fileBytes = (file: string) => statSync(file).size;

describe("checkpoints on their own thread", () => {
  it("copy committed pages into the database file while the writer only appends to the log", async () => {
    const { store, file } = storeIn(true);
    writeTwoMegabytes(store);
    await vi.waitFor(() => expect(fileBytes(file)).toBeGreaterThan(2_000_000), {
      timeout: 5_000,
      interval: 25,
    });
  });

  it("leave the pages in the log when they are off (the writer's threshold is not reached)", async () => {
    const { store, file } = storeIn(false);
    sqliteOf(store.db).pragma("wal_autocheckpoint = 10000");
    writeTwoMegabytes(store);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(fileBytes(file)).toBeLessThan(100_000);
  });

  it("stop with the store, which then leaves no log behind", async () => {
    const { store, file } = storeIn(true);
    writeTwoMegabytes(store);
    await store.close();
    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(fileBytes(file)).toBeGreaterThan(2_000_000);
  });

  it("report a thread that cannot open its file, and leave the writer to checkpoint itself", async () => {
    const writer = new SqliteDatabase(":memory:");
    cleanups.push(() => {
      writer.close();
    });
    const errors: Error[] = [];
    const checkpoints = checkpointInBackground(writer, "/no/such/directory/log.db", (error) =>
      errors.push(error),
    );
    await checkpoints.stop();
    expect(errors).toHaveLength(1);
    expect(writer.pragma("wal_autocheckpoint", { simple: true })).toBe(50_000);
  });

  it("leave the writer a backstop above what one feed writes, and a log cut back once it starts over", () => {
    const writer = new SqliteDatabase(":memory:");
    const checkpoints = checkpointInBackground(writer, "/no/such/directory/log.db", () => {});
    cleanups.push(async () => {
      await checkpoints.stop();
      writer.close();
    });
    // A feed of 500 items changes some 15,000 pages at 100,000 articles (npm run bench, scale):
    // SQLite checks the backstop after each commit, so one below that has the writer copy them.
    expect(writer.pragma("wal_autocheckpoint", { simple: true })).toBeGreaterThan(15_000);
    expect(writer.pragma("journal_size_limit", { simple: true })).toBe(64 * 2 ** 20);
  });
});

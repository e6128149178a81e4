import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { openStore, type Store } from "../../../src/server/db/connection";
import { migrateToLatest } from "../../../src/server/db/migrate";
import { ingestDemoIfEmpty } from "../../../src/server/ingest/demo-newsroom";
import { temporaryDirectory } from "./server-process";

/** A migrated SQLite file of its own, for tests of the ingest pipeline below the HTTP layer. */
export async function temporaryStore(): Promise<Store & { file: string; remove: () => Promise<void> }> {
  const directory = temporaryDirectory("broadsheet-store-");
  const file = join(directory.path, "test.db");
  const store = openStore({ kind: "sqlite", file });
  await migrateToLatest(store.db);
  return {
    ...store,
    file,
    remove: async () => {
      await store.close();
      directory.remove();
    },
  };
}

/**
 * A migrated store holding the demo newsroom (real topics, tags and word vectors), made
 * before this file's tests and removed after them.
 */
export function demoStoreForThisFile(): () => Store {
  let store: Awaited<ReturnType<typeof temporaryStore>> | null = null;
  beforeAll(async () => {
    store = await temporaryStore();
    await ingestDemoIfEmpty(store.db);
  });
  afterAll(async () => {
    await store?.remove();
  });
  return () => {
    if (!store) throw new Error("the demo store is made before the tests run");
    return store;
  };
}

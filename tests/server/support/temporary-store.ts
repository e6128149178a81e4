import { join } from "node:path";
import { openStore, type Store } from "../../../src/server/db/connection";
import { migrateToLatest } from "../../../src/server/db/migrate";
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

import { type Kysely, type Migration, type MigrationProvider, Migrator } from "kysely";
import * as initial from "./migrations/0001-initial";
import * as feedProvenance from "./migrations/0002-feed-provenance";
import type { Database } from "./tables";

/** Migrations are bundled as modules (not read from disk) so they travel with any build of the server. */
const migrations: Record<string, Migration> = {
  "0001-initial": initial,
  "0002-feed-provenance": feedProvenance,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  const failed = results?.find((result) => result.status === "Error");
  if (error || failed) {
    throw new Error(`Database migration ${failed?.migrationName ?? ""} failed`, { cause: error });
  }
}

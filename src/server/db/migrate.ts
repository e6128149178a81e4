import { type Kysely, type Migration, type MigrationProvider, Migrator } from "kysely";
import * as initial from "./migrations/0001-initial";
import * as feedProvenance from "./migrations/0002-feed-provenance";
import * as relatedByTerms from "./migrations/0003-related-by-terms";
import type { Database } from "./tables";

/** Migrations are bundled as modules (not read from disk) so they travel with any build of the server. */
const migrations = {
  "0001-initial": initial,
  "0002-feed-provenance": feedProvenance,
  "0003-related-by-terms": relatedByTerms,
} satisfies Record<string, Migration>;

const provider: MigrationProvider = { getMigrations: async () => migrations };

export type MigrationName = keyof typeof migrations;

/** Migrates to the newest schema, or up to a given one (tests of what a migration does to old data). */
export async function migrateToLatest(db: Kysely<Database>, upTo?: MigrationName): Promise<void> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await (upTo ? migrator.migrateTo(upTo) : migrator.migrateToLatest());
  const failed = results?.find((result) => result.status === "Error");
  if (error || failed) {
    throw new Error(`Database migration ${failed?.migrationName ?? ""} failed`, { cause: error });
  }
}

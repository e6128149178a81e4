import {
  type Kysely,
  type Migration,
  type MigrationProvider,
  type MigrationResultSet,
  Migrator,
} from "kysely";
import * as initial from "./migrations/0001-initial";
import * as feedProvenance from "./migrations/0002-feed-provenance";
import * as relatedByTerms from "./migrations/0003-related-by-terms";
import * as fewerBtreesPerArticle from "./migrations/0004-fewer-btrees-per-article";
import * as relatedRankedWhenRead from "./migrations/0005-related-ranked-when-read";
import * as searchIndexPerFeed from "./migrations/0006-search-index-per-feed";
import * as searchIndexMergesLessOften from "./migrations/0007-search-index-merges-less-often";
import type { Database } from "./tables";

/** Migrations are bundled as modules (not read from disk) so they travel with any build of the server. */
const migrations = {
  "0001-initial": initial,
  "0002-feed-provenance": feedProvenance,
  "0003-related-by-terms": relatedByTerms,
  "0004-fewer-btrees-per-article": fewerBtreesPerArticle,
  "0005-related-ranked-when-read": relatedRankedWhenRead,
  "0006-search-index-per-feed": searchIndexPerFeed,
  "0007-search-index-merges-less-often": searchIndexMergesLessOften,
} satisfies Record<string, Migration>;

const provider: MigrationProvider = { getMigrations: async () => migrations };

export type MigrationName = keyof typeof migrations;

function throwIfFailed({ error, results }: MigrationResultSet): void {
  const failed = results?.find((result) => result.status === "Error");
  if (error || failed) {
    throw new Error(`Database migration ${failed?.migrationName ?? ""} failed`, { cause: error });
  }
}

export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  throwIfFailed(await new Migrator({ db, provider }).migrateToLatest());
}

/** Up or down to a given migration: for tests of what a migration does to older data. */
export async function migrateTo(db: Kysely<Database>, name: MigrationName): Promise<void> {
  throwIfFailed(await new Migrator({ db, provider }).migrateTo(name));
}

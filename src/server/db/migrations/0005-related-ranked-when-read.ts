/**
 * Frozen once landed. Related lists are ranked when read (queries/related-ranking.ts) from the word
 * vectors and topics ingest already keeps, so the stored lists go. Keeping them meant writing a
 * dozen rows per new story and offering it to a dozen older lists: at 100,000 articles that was
 * 40% of what storing a feed cost, and a list could still miss what changed after it was written.
 */
import { type Kysely, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types.
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema.dropTable("related_articles").execute();
}

/** The table as 0004 left it, empty, and a rebuild mark so the code of that time fills it again. */
export async function down(db: AnyDb): Promise<void> {
  await sql`CREATE TABLE "related_articles" (
      "article_id" integer not null references "articles" ("id") on delete cascade,
      "related_id" integer not null references "articles" ("id") on delete cascade,
      "score" real not null, "reason" text,
      constraint "related_articles_pk" primary key ("article_id", "related_id")) without rowid`.execute(db);
  await db.schema
    .createIndex("related_articles_by_related")
    .on("related_articles")
    .column("related_id")
    .execute();
  await sql`INSERT INTO app_settings (key, value)
    SELECT 'derived_data', 'rebuild' WHERE EXISTS (SELECT 1 FROM articles)
    ON CONFLICT (key) DO UPDATE SET value = excluded.value`.execute(db);
}

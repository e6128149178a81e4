/**
 * Frozen once landed. Related lists that scale: each article keeps its few most distinctive words
 * with weights (a short TF-IDF vector), so the articles that share them are found by walking an
 * index per word instead of ranking every article that uses any of them. A related list is kept
 * best-score first, so a new article can join another's list without renumbering it.
 *
 * Fingerprint buckets become integers in a table without rowids (half the b-trees to write per
 * article). Fingerprints are hashed differently from here on, so the old ones are cleared; the
 * ingest path rebuilds fingerprints, buckets, word vectors and lists for stored articles when it
 * finds the `derived_data` setting at "rebuild" (ingest/derived-data.ts).
 */
import { type Kysely, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types.
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema.dropTable("article_fingerprint_bands").execute();
  await db.schema
    .createTable("article_fingerprint_bands")
    .addColumn("band", "integer", (c) => c.notNull())
    .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("article_fingerprint_bands_pk", ["band", "article_id"])
    .modifyEnd(sql`without rowid`)
    .execute();
  await db.schema
    .createIndex("article_fingerprint_bands_by_article")
    .on("article_fingerprint_bands")
    .column("article_id")
    .execute();
  await db.updateTable("articles").set({ fingerprint: null }).execute();
  await sql`INSERT INTO app_settings (key, value)
    SELECT 'derived_data', 'rebuild' WHERE EXISTS (SELECT 1 FROM articles)
    ON CONFLICT (key) DO UPDATE SET value = excluded.value`.execute(db);

  // A repeat of an item is looked up by (source, link): an index on the link alone let SQLite
  // prefer walking every article of the source.
  await db.schema.dropIndex("articles_by_canonical_url").execute();
  await db.schema
    .createIndex("articles_by_canonical_url")
    .on("articles")
    .columns(["canonical_url", "source_id"])
    .execute();

  await db.schema
    .createTable("article_terms")
    .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
    .addColumn("term", "text", (c) => c.notNull())
    .addColumn("weight", "real", (c) => c.notNull())
    .addPrimaryKeyConstraint("article_terms_pk", ["article_id", "term"])
    .modifyEnd(sql`without rowid`)
    .execute();
  // The articles that lean on a word the most come first: a candidate walk reads a few of them.
  await db.schema
    .createIndex("article_terms_by_term")
    .on("article_terms")
    .columns(["term", "weight desc"])
    .execute();

  await db.schema.dropIndex("related_articles_by_rank").execute();
  await db.schema.alterTable("related_articles").dropColumn("rank").execute();
  await db.schema
    .createIndex("related_articles_by_score")
    .on("related_articles")
    .columns(["article_id", "score desc", "related_id"])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex("articles_by_canonical_url").execute();
  await db.schema.createIndex("articles_by_canonical_url").on("articles").column("canonical_url").execute();
  await db.schema.dropIndex("related_articles_by_score").execute();
  await db.schema
    .alterTable("related_articles")
    .addColumn("rank", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex("related_articles_by_rank")
    .on("related_articles")
    .columns(["article_id", "rank"])
    .execute();
  await db.schema.dropTable("article_terms").execute();
  await db.schema.dropTable("article_fingerprint_bands").execute();
  await db.schema
    .createTable("article_fingerprint_bands")
    .addColumn("band", "text", (c) => c.notNull())
    .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("article_fingerprint_bands_pk", ["band", "article_id"])
    .execute();
  await db.schema
    .createIndex("article_fingerprint_bands_by_article")
    .on("article_fingerprint_bands")
    .column("article_id")
    .execute();
  await db.updateTable("articles").set({ fingerprint: null }).execute();
}

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
 *
 * The full-text index holds stories only (a copy is never a search result), so search ranks hits
 * without reading each one's row; and a covering index answers "is this a story, when, from whom"
 * without reading rows whose late columns sit behind kilobytes of body text.
 */
import { type Kysely, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types.
type AnyDb = Kysely<any>;

const FTS_TRIGGERS = ["articles_fts_after_insert", "articles_fts_after_delete", "articles_fts_after_update"];

/** Integer buckets in a table without rowids (this migration), or the text buckets of 0002. */
async function recreateFingerprintBands(db: AnyDb, band: "integer" | "text"): Promise<void> {
  await db.schema.dropTable("article_fingerprint_bands").execute();
  await db.schema
    .createTable("article_fingerprint_bands")
    .addColumn("band", band, (c) => c.notNull())
    .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("article_fingerprint_bands_pk", ["band", "article_id"])
    .$call((table) => (band === "integer" ? table.modifyEnd(sql`without rowid`) : table))
    .execute();
  await db.schema
    .createIndex("article_fingerprint_bands_by_article")
    .on("article_fingerprint_bands")
    .column("article_id")
    .execute();
  // Fingerprints made one way do not compare with the other's.
  await db.updateTable("articles").set({ fingerprint: null }).execute();
}

/** An empty full-text index and its vocabulary, without the triggers that fill it. */
async function recreateFullTextIndex(db: AnyDb, options: { prefix: string | null }): Promise<void> {
  for (const trigger of FTS_TRIGGERS) await sql`DROP TRIGGER ${sql.raw(trigger)}`.execute(db);
  await sql`DROP TABLE articles_fts_terms`.execute(db);
  await sql`DROP TABLE articles_fts`.execute(db);
  await sql`CREATE VIRTUAL TABLE articles_fts USING fts5(
      title, excerpt, content_text,
      content='articles', content_rowid='id',
      tokenize='unicode61 remove_diacritics 2'
      ${options.prefix ? sql.raw(`, prefix='${options.prefix}'`) : sql``}
    )`.execute(db);
  await sql`CREATE VIRTUAL TABLE articles_fts_terms USING fts5vocab(articles_fts, 'row')`.execute(db);
}

export async function up(db: AnyDb): Promise<void> {
  await recreateFingerprintBands(db, "integer");
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

  // Rebuilt with an index of 3-character prefixes: search follows typing, and the shortest prefix
  // it expands (the costliest: every word that starts that way) then reads one list. Longer ones
  // match few words. A 4-character index as well made inserts 2.8x slower against 1.3x for this.
  await recreateFullTextIndex(db, { prefix: "3" });
  await sql`CREATE TRIGGER articles_fts_after_insert AFTER INSERT ON articles
    WHEN new.duplicate_of IS NULL BEGIN
      INSERT INTO articles_fts(rowid, title, excerpt, content_text)
      VALUES (new.id, new.title, new.excerpt, new.content_text);
    END`.execute(db);
  await sql`CREATE TRIGGER articles_fts_after_delete AFTER DELETE ON articles
    WHEN old.duplicate_of IS NULL BEGIN
      INSERT INTO articles_fts(articles_fts, rowid, title, excerpt, content_text)
      VALUES ('delete', old.id, old.title, old.excerpt, old.content_text);
    END`.execute(db);
  // Also when a row becomes another's copy (leaves the index) or a story again (comes back).
  await sql`CREATE TRIGGER articles_fts_after_update
    AFTER UPDATE OF title, excerpt, content_text, duplicate_of ON articles BEGIN
      INSERT INTO articles_fts(articles_fts, rowid, title, excerpt, content_text)
      SELECT 'delete', old.id, old.title, old.excerpt, old.content_text WHERE old.duplicate_of IS NULL;
      INSERT INTO articles_fts(rowid, title, excerpt, content_text)
      SELECT new.id, new.title, new.excerpt, new.content_text WHERE new.duplicate_of IS NULL;
    END`.execute(db);
  await sql`INSERT INTO articles_fts(rowid, title, excerpt, content_text)
    SELECT id, title, excerpt, content_text FROM articles WHERE duplicate_of IS NULL`.execute(db);
  await db.schema
    .createIndex("articles_story_facts")
    .on("articles")
    .columns(["id", "duplicate_of", "published_ts", "source_id"])
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
  await db.schema.dropIndex("articles_story_facts").execute();
  await recreateFullTextIndex(db, { prefix: null });
  await sql`CREATE TRIGGER articles_fts_after_insert AFTER INSERT ON articles BEGIN
      INSERT INTO articles_fts(rowid, title, excerpt, content_text)
      VALUES (new.id, new.title, new.excerpt, new.content_text);
    END`.execute(db);
  await sql`CREATE TRIGGER articles_fts_after_delete AFTER DELETE ON articles BEGIN
      INSERT INTO articles_fts(articles_fts, rowid, title, excerpt, content_text)
      VALUES ('delete', old.id, old.title, old.excerpt, old.content_text);
    END`.execute(db);
  await sql`CREATE TRIGGER articles_fts_after_update AFTER UPDATE OF title, excerpt, content_text ON articles BEGIN
      INSERT INTO articles_fts(articles_fts, rowid, title, excerpt, content_text)
      VALUES ('delete', old.id, old.title, old.excerpt, old.content_text);
      INSERT INTO articles_fts(rowid, title, excerpt, content_text)
      VALUES (new.id, new.title, new.excerpt, new.content_text);
    END`.execute(db);
  await sql`INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')`.execute(db);
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
  await recreateFingerprintBands(db, "text");
}

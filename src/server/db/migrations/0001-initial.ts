/**
 * Frozen once landed: change the schema with a new numbered migration, never by editing this one.
 * Plain tables go through Kysely's schema builder (portable to PostgreSQL); the FTS5 index and its
 * triggers are SQLite's own and live in raw SQL.
 */
import { type Kysely, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types.
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("sources")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("site_url", "text", (c) => c.notNull())
    .addColumn("feed_url", "text", (c) => c.notNull().unique())
    .addColumn("feed_format", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("articles")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("source_id", "integer", (c) => c.notNull().references("sources.id").onDelete("cascade"))
    .addColumn("guid", "text", (c) => c.notNull())
    .addColumn("url", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("excerpt", "text", (c) => c.notNull())
    .addColumn("author", "text")
    .addColumn("image_url", "text")
    .addColumn("content_html", "text", (c) => c.notNull())
    .addColumn("content_text", "text", (c) => c.notNull())
    .addColumn("published_at", "text", (c) => c.notNull())
    .addColumn("published_ts", "integer", (c) => c.notNull())
    .addColumn("updated_at", "text")
    .addColumn("word_count", "integer", (c) => c.notNull())
    .addColumn("reading_minutes", "integer", (c) => c.notNull())
    .addColumn("first_seen_at", "text", (c) => c.notNull())
    .addColumn("content_hash", "text", (c) => c.notNull())
    .addUniqueConstraint("articles_source_guid_unique", ["source_id", "guid"])
    .execute();
  await db.schema
    .createIndex("articles_newest_first")
    .on("articles")
    .columns(["published_ts desc", "id desc"])
    .execute();
  await db.schema
    .createIndex("articles_by_source_newest_first")
    .on("articles")
    .columns(["source_id", "published_ts desc", "id desc"])
    .execute();

  await db.schema
    .createTable("topics")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("article_topics")
    .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
    .addColumn("topic_id", "integer", (c) => c.notNull().references("topics.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("published_ts", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("article_topics_pk", ["article_id", "topic_id"])
    .execute();
  await db.schema
    .createIndex("article_topics_by_topic_newest_first")
    .on("article_topics")
    .columns(["topic_id", "published_ts desc", "article_id desc"])
    .execute();

  await db.schema
    .createTable("related_articles")
    .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
    .addColumn("related_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
    .addColumn("rank", "integer", (c) => c.notNull())
    .addColumn("score", "real", (c) => c.notNull())
    .addColumn("reason", "text")
    .addPrimaryKeyConstraint("related_articles_pk", ["article_id", "related_id"])
    .execute();
  await db.schema
    .createIndex("related_articles_by_rank")
    .on("related_articles")
    .columns(["article_id", "rank"])
    .execute();
  await db.schema
    .createIndex("related_articles_by_related")
    .on("related_articles")
    .column("related_id")
    .execute();

  await db.schema
    .createTable("app_settings")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("value", "text", (c) => c.notNull())
    .execute();

  // Full-text index over the articles table itself (external content), kept in step by triggers so
  // no code path can forget it. unicode61 folds case and diacritics; search adds prefix matching.
  await sql`CREATE VIRTUAL TABLE articles_fts USING fts5(
      title, excerpt, content_text,
      content='articles', content_rowid='id',
      tokenize='unicode61 remove_diacritics 2'
    )`.execute(db);
  await sql`CREATE VIRTUAL TABLE articles_fts_terms USING fts5vocab(articles_fts, 'row')`.execute(db);
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
}

export async function down(db: AnyDb): Promise<void> {
  for (const trigger of [
    "articles_fts_after_insert",
    "articles_fts_after_delete",
    "articles_fts_after_update",
  ]) {
    await sql`DROP TRIGGER IF EXISTS ${sql.raw(trigger)}`.execute(db);
  }
  await sql`DROP TABLE IF EXISTS articles_fts_terms`.execute(db);
  await sql`DROP TABLE IF EXISTS articles_fts`.execute(db);
  for (const table of [
    "app_settings",
    "related_articles",
    "article_topics",
    "topics",
    "articles",
    "sources",
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}

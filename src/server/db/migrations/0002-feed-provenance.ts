/**
 * Frozen once landed. Feeds from the open web: each source keeps its fetch state (conditional GET
 * validators, last success and error, back-off), articles keep provenance and a fingerprint to fold
 * reposts into one story, and unmapped categories become tags.
 */
import { type Kysely, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types.
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  for (const [column, type] of [
    ["etag", "text"],
    ["last_modified", "text"],
    ["last_fetched_at", "text"],
    ["last_success_at", "text"],
    ["last_error", "text"],
    ["last_error_at", "text"],
    ["next_fetch_at", "text"],
  ] as const) {
    await db.schema.alterTable("sources").addColumn(column, type).execute();
  }
  await db.schema
    .alterTable("sources")
    .addColumn("failure_count", "integer", (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .alterTable("articles")
    .addColumn("date_missing", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable("articles").addColumn("canonical_url", "text").execute();
  await db.schema
    .alterTable("articles")
    .addColumn("duplicate_of", "integer", (c) => c.references("articles.id").onDelete("set null"))
    .execute();
  await db.schema.alterTable("articles").addColumn("fingerprint", "text").execute();
  await db.schema.createIndex("articles_by_canonical_url").on("articles").column("canonical_url").execute();
  // An item seen again without guid or link is recognised by its text's hash within its source.
  await db.schema
    .createIndex("articles_by_source_content_hash")
    .on("articles")
    .columns(["source_id", "content_hash"])
    .execute();
  // Partial: only copies are looked up by their story; stories (IS NULL) walk the index below.
  await db.schema
    .createIndex("articles_by_duplicate_of")
    .on("articles")
    .column("duplicate_of")
    .where(sql.ref("duplicate_of"), "is not", null)
    .execute();
  // The lists show one card per story: walk only the stories' own rows, newest first.
  await db.schema
    .createIndex("articles_stories_newest_first")
    .on("articles")
    .columns(["published_ts desc", "id desc"])
    .where(sql.ref("duplicate_of"), "is", null)
    .execute();

  // Locality-sensitive buckets of each article's MinHash signature: two articles that share a
  // bucket are candidates for "the same text", checked against the whole signature.
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

  await db.schema
    .createTable("tags")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("article_tags")
    .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
    .addColumn("tag_id", "integer", (c) => c.notNull().references("tags.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("article_tags_pk", ["article_id", "tag_id"])
    .execute();
  await db.schema
    .createIndex("article_tags_by_tag")
    .on("article_tags")
    .columns(["tag_id", "article_id"])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable("article_tags").ifExists().execute();
  await db.schema.dropTable("tags").ifExists().execute();
  await db.schema.dropTable("article_fingerprint_bands").ifExists().execute();
  for (const index of [
    "articles_stories_newest_first",
    "articles_by_duplicate_of",
    "articles_by_canonical_url",
  ]) {
    await db.schema.dropIndex(index).ifExists().execute();
  }
  for (const column of ["fingerprint", "duplicate_of", "canonical_url", "date_missing"]) {
    await db.schema.alterTable("articles").dropColumn(column).execute();
  }
  for (const column of [
    "failure_count",
    "next_fetch_at",
    "last_error_at",
    "last_error",
    "last_success_at",
    "last_fetched_at",
    "last_modified",
    "etag",
  ]) {
    await db.schema.alterTable("sources").dropColumn(column).execute();
  }
}

/**
 * Frozen once landed. Fewer b-trees to write per stored article. In a large archive each row of
 * these tables lands on a page of its own, so every b-tree a row goes into is another page read,
 * changed and logged (at 100,000 articles that, not the row itself, is most of what a feed costs):
 * - the link tables (topics, tags, related lists) become tables without rowids: their primary key
 *   is the table, where a rowid table keeps the same rows twice (table and key index);
 * - a related list is read whole (a few rows, sorted in memory), so it needs no index by score;
 * - lists only ever show stories, which have their own newest-first index, so the one over every
 *   row (copies included) goes.
 */
import { type Kysely, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types.
type AnyDb = Kysely<any>;

type LinkTable = {
  name: string;
  primaryKey: [string, string];
  /** Column definitions in table order, as `CREATE TABLE` takes them. */
  columns: string;
  indexes: { name: string; columns: string }[];
};

const LINK_TABLES: LinkTable[] = [
  {
    name: "article_topics",
    primaryKey: ["article_id", "topic_id"],
    columns: `"article_id" integer not null references "articles" ("id") on delete cascade,
      "topic_id" integer not null references "topics" ("id") on delete cascade,
      "position" integer not null, "published_ts" integer not null`,
    indexes: [
      {
        name: "article_topics_by_topic_newest_first",
        columns: `"topic_id", "published_ts" desc, "article_id" desc`,
      },
    ],
  },
  {
    name: "article_tags",
    primaryKey: ["article_id", "tag_id"],
    columns: `"article_id" integer not null references "articles" ("id") on delete cascade,
      "tag_id" integer not null references "tags" ("id") on delete cascade`,
    indexes: [{ name: "article_tags_by_tag", columns: `"tag_id", "article_id"` }],
  },
  {
    name: "related_articles",
    primaryKey: ["article_id", "related_id"],
    columns: `"article_id" integer not null references "articles" ("id") on delete cascade,
      "related_id" integer not null references "articles" ("id") on delete cascade,
      "score" real not null, "reason" text`,
    indexes: [{ name: "related_articles_by_related", columns: `"related_id"` }],
  },
];

const RELATED_BY_SCORE = {
  name: "related_articles_by_score",
  columns: `"article_id", "score" desc, "related_id"`,
};

/** Copies a table into a new one of the same columns, with or without rowids, and its indexes. */
async function rebuildLinkTable(db: AnyDb, table: LinkTable, options: { withoutRowid: boolean }) {
  const copy = `${table.name}_rebuilt`;
  const key = table.primaryKey.map((column) => `"${column}"`).join(", ");
  await sql`CREATE TABLE ${sql.id(copy)} (${sql.raw(table.columns)},
      constraint ${sql.id(`${table.name}_pk`)} primary key (${sql.raw(key)}))
      ${options.withoutRowid ? sql`without rowid` : sql``}`.execute(db);
  await sql`INSERT INTO ${sql.id(copy)} SELECT * FROM ${sql.id(table.name)}`.execute(db);
  await sql`DROP TABLE ${sql.id(table.name)}`.execute(db);
  await sql`ALTER TABLE ${sql.id(copy)} RENAME TO ${sql.id(table.name)}`.execute(db);
  for (const index of table.indexes) {
    await sql`CREATE INDEX ${sql.id(index.name)} ON ${sql.id(table.name)} (${sql.raw(index.columns)})`.execute(
      db,
    );
  }
}

export async function up(db: AnyDb): Promise<void> {
  await db.schema.dropIndex("articles_newest_first").execute();
  for (const table of LINK_TABLES) await rebuildLinkTable(db, table, { withoutRowid: true });
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of LINK_TABLES) {
    const indexes = table.name === "related_articles" ? [...table.indexes, RELATED_BY_SCORE] : table.indexes;
    await rebuildLinkTable(db, { ...table, indexes }, { withoutRowid: false });
  }
  await db.schema
    .createIndex("articles_newest_first")
    .on("articles")
    .columns(["published_ts desc", "id desc"])
    .execute();
}

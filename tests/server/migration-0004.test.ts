/**
 * Migration 0004 rebuilds the link tables (topics, tags, related lists) without rowids and drops
 * two indexes nothing reads; nothing a reader sees is lost on the way up or down.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { sqliteOf } from "../../src/server/db/connection";
import { migrateTo } from "../../src/server/db/migrate";
import { demoStoreForThisFile } from "./support/temporary-store";

const LINK_TABLES = ["article_topics", "article_tags", "related_articles"] as const;

const store = demoStoreForThisFile();
const sqlite = () => sqliteOf(store().db);

// Stored related lists ended with 0005: back at 0004, each story gets a few entries to carry.
beforeAll(async () => {
  await migrateTo(store().db, "0004-fewer-btrees-per-article");
  sqlite().exec(`INSERT INTO related_articles (article_id, related_id, score, reason)
    SELECT a.id, b.id, 1.0 / (1 + abs(a.id - b.id)), 'Also about AI'
    FROM articles AS a JOIN articles AS b ON b.id != a.id AND abs(a.id - b.id) <= 3`);
});

function rows(table: (typeof LINK_TABLES)[number]): unknown[] {
  return sqlite().prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all();
}

function definition(name: string): string | undefined {
  return (
    sqlite().prepare("SELECT sql FROM sqlite_master WHERE name = ?").get(name) as { sql: string } | undefined
  )?.sql;
}

describe("migration 0004: fewer b-trees per article", () => {
  it("keeps every topic, tag and related entry, down and up again, in tables without rowids", async () => {
    const before = Object.fromEntries(LINK_TABLES.map((table) => [table, rows(table)]));
    for (const table of LINK_TABLES) {
      expect(before[table]?.length, table).toBeGreaterThan(0);
      expect(definition(table)).toMatch(/without rowid\s*$/i);
    }
    expect(definition("articles_newest_first")).toBeUndefined();
    expect(definition("related_articles_by_score")).toBeUndefined();

    await migrateTo(store().db, "0003-related-by-terms");
    for (const table of LINK_TABLES) {
      expect(rows(table), table).toEqual(before[table]);
      expect(definition(table)).not.toMatch(/without rowid/i);
    }
    expect(definition("articles_newest_first")).toBeDefined();
    expect(definition("related_articles_by_score")).toBeDefined();

    await migrateTo(store().db, "0004-fewer-btrees-per-article");
    for (const table of LINK_TABLES) expect(rows(table), table).toEqual(before[table]);
    expect(definition("article_topics_by_topic_newest_first")).toBeDefined();
    expect(definition("article_tags_by_tag")).toBeDefined();
    expect(definition("related_articles_by_related")).toBeDefined();
    expect(sqlite().pragma("foreign_key_check")).toEqual([]);
  });

  it("still deletes an article's topics, tags and list entries with it", () => {
    const article = sqlite()
      .prepare(
        `SELECT article_id AS id FROM related_articles
         WHERE article_id IN (SELECT related_id FROM related_articles) LIMIT 1`,
      )
      .get() as { id: number };
    sqlite().prepare("DELETE FROM articles WHERE id = ?").run(article.id);
    for (const table of LINK_TABLES) {
      const left = sqlite()
        .prepare(`SELECT count(*) AS n FROM ${table} WHERE article_id = ?`)
        .get(article.id);
      expect(left, table).toEqual({ n: 0 });
    }
    expect(
      sqlite().prepare("SELECT count(*) AS n FROM related_articles WHERE related_id = ?").get(article.id),
    ).toEqual({
      n: 0,
    });
  });
});

/**
 * A feed's new stories enter the full-text index in one statement at the end of its transaction
 * (ingest/search-index.ts, migration 0006). The index must still hold exactly the stories after
 * whatever a feed does to its own new rows (a copy folded into a story, a copy older than its story
 * taking the story's place), a failed feed must leave it as it was, and writes outside a feed are
 * indexed row by row as before.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sqliteOf } from "../../src/server/db/connection";
import { migrateTo, migrateToLatest } from "../../src/server/db/migrate";
import type { FeedItem } from "../../src/server/ingest/normalise-feed";
import { prepareArticle } from "../../src/server/ingest/prepare-article";
import { indexingNewStoriesAtEnd } from "../../src/server/ingest/search-index";
import { storeFeed } from "../../src/server/ingest/store-feed";
import { temporaryStore } from "./support/temporary-store";

let store: Awaited<ReturnType<typeof temporaryStore>>;
beforeEach(async () => {
  store = await temporaryStore();
});
afterEach(async () => {
  await store.remove();
});
const sqlite = () => sqliteOf(store.db);

/** A long enough text that its fingerprint finds a copy of it from another publisher. */
const STORY_TEXT = Array.from(
  { length: 12 },
  (_, index) =>
    `<p>Paragraph ${index} of the harbour report: lanterns along the quay, tides measured at dawn,
     and the ferry timetable rewritten for the winter crossing number ${index}.</p>`,
).join("");

function item(guid: string, fields: Partial<FeedItem> = {}): FeedItem {
  return {
    guid,
    url: `https://news.example/${guid}`,
    title: `Harbour report ${guid}`,
    summaryHtml: "",
    contentHtml: STORY_TEXT,
    baseUrl: "https://news.example/",
    author: null,
    publishedAt: "2026-11-20T08:00:00Z",
    updatedAt: null,
    categories: [],
    imageUrl: null,
    ...fields,
  };
}

async function storeFrom(publisher: string, items: FeedItem[]) {
  const seenAt = new Date("2026-11-25T12:00:00Z");
  const source = {
    feedUrl: `https://${publisher}.example/feed.xml`,
    format: "rss",
    title: publisher,
    siteUrl: `https://${publisher}.example/`,
  };
  return storeFeed(
    store.db,
    source,
    items.map((feedItem) => prepareArticle(feedItem, seenAt)),
    seenAt,
  );
}

/** Every entry of a full-text index (word, row, column, position), read from the index itself. */
function entriesOf(schema: "main" | "temp", table: string): unknown[] {
  const db = sqlite();
  db.exec(
    `CREATE VIRTUAL TABLE IF NOT EXISTS temp.${table}_entries USING fts5vocab(${schema}, ${table}, 'instance')`,
  );
  return db
    .prepare(`SELECT term, doc, col, offset FROM temp.${table}_entries ORDER BY term, doc, col, offset`)
    .raw()
    .all();
}

function indexedIds(): number[] {
  return [...new Set(entriesOf("main", "articles_fts").map((entry) => (entry as [string, number])[1]))].sort(
    (a, b) => a - b,
  );
}

function storyIds(): number[] {
  return (
    sqlite().prepare("SELECT id FROM articles WHERE duplicate_of IS NULL ORDER BY id").all() as {
      id: number;
    }[]
  ).map((row) => row.id);
}

/** The archive's index, entry for entry, against one built afresh from today's stories. */
function expectIndexHoldsExactlyTheStories() {
  const db = sqlite();
  const definition = (
    db.prepare("SELECT sql FROM sqlite_master WHERE name = 'articles_fts'").get() as { sql: string }
  ).sql
    .replace(/CREATE VIRTUAL TABLE articles_fts/i, "CREATE VIRTUAL TABLE temp.fresh_fts")
    .replace(/content='articles',\s*content_rowid='id',/i, "");
  db.exec("DROP TABLE IF EXISTS temp.fresh_fts_entries; DROP TABLE IF EXISTS temp.fresh_fts");
  db.exec(definition);
  db.exec(`INSERT INTO temp.fresh_fts (rowid, title, excerpt, content_text)
    SELECT id, title, excerpt, content_text FROM articles WHERE duplicate_of IS NULL`);
  expect(entriesOf("main", "articles_fts")).toEqual(entriesOf("temp", "fresh_fts"));
  // And the totals bm25 ranks by (rows and words per column, record 1) and each row's sizes: FTS5
  // takes a delete of an entry it never held without a word, and counts it.
  const totals = (schema: string) => db.prepare(`SELECT block FROM ${schema}.articles_fts_data WHERE id = 1`);
  expect(totals("main").get()).toEqual(
    db.prepare("SELECT block FROM temp.fresh_fts_data WHERE id = 1").get(),
  );
  expect(db.prepare("SELECT id, sz FROM main.articles_fts_docsize ORDER BY id").all()).toEqual(
    db.prepare("SELECT id, sz FROM temp.fresh_fts_docsize ORDER BY id").all(),
  );
  expect(indexedIds()).toEqual(storyIds());
  expect(() =>
    db.prepare("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')").run(),
  ).not.toThrow();
  expect(db.prepare("SELECT count(*) AS n FROM search_index_pending").get()).toEqual({ n: 0 });
}

function searchIds(match: string): number[] {
  return (
    sqlite()
      .prepare("SELECT rowid AS id FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid")
      .all(match) as {
      id: number;
    }[]
  ).map((row) => row.id);
}

function idOf(guid: string): number {
  return (sqlite().prepare("SELECT id FROM articles WHERE guid = ?").get(guid) as { id: number }).id;
}

describe("the search index kept by each feed", () => {
  it("holds a feed's new stories when it is stored, and not the copies folded into a story", async () => {
    await storeFrom("first", [
      item("a"),
      item("b", { contentHtml: "<p>Quite another story about owls.</p>" }),
    ]);
    expectIndexHoldsExactlyTheStories();
    expect(searchIds("owls")).toEqual([idOf("b")]);

    // Another publisher carries story "a" later: the copy is folded in, in the same feed that adds it.
    await storeFrom("second", [item("a-copy", { publishedAt: "2026-11-21T08:00:00Z" }), item("c")]);
    expect(
      sqlite().prepare("SELECT duplicate_of AS story FROM articles WHERE id = ?").get(idOf("a-copy")),
    ).toEqual({
      story: idOf("a"),
    });
    expectIndexHoldsExactlyTheStories();
    expect(searchIds("lanterns")).not.toContain(idOf("a-copy"));
  });

  it("moves the entry to a copy older than its story, which takes the story's place", async () => {
    await storeFrom("first", [item("late")]);
    await storeFrom("second", [item("early", { publishedAt: "2026-11-19T08:00:00Z" })]);
    expect(storyIds()).toEqual([idOf("early")]);
    expectIndexHoldsExactlyTheStories();
  });

  it("follows an update of a stored story's text, word for word", async () => {
    await storeFrom("first", [item("a")]);
    await storeFrom("first", [
      item("a", { contentHtml: "<p>The harbour report, rewritten about herons.</p>" }),
    ]);
    expect(searchIds("herons")).toEqual([idOf("a")]);
    expect(searchIds("lanterns")).toEqual([]);
    expectIndexHoldsExactlyTheStories();
  });

  it("is left as it was by a feed that fails half-way", async () => {
    await storeFrom("first", [item("a")]);
    const before = indexedIds();
    const broken = { ...prepareArticle(item("b"), new Date()), guid: null as unknown as string };
    const seenAt = new Date();
    const source = { feedUrl: "https://first.example/feed.xml", format: "rss", title: "first", siteUrl: "" };
    await expect(
      storeFeed(store.db, source, [prepareArticle(item("ok"), seenAt), broken], seenAt),
    ).rejects.toThrow();
    expect(indexedIds()).toEqual(before);
    expectIndexHoldsExactlyTheStories();
    // And the next feed indexes its stories as usual.
    await storeFrom("first", [item("d", { contentHtml: "<p>Kingfishers at the weir.</p>" })]);
    expect(searchIds("kingfishers")).toEqual([idOf("d")]);
  });

  it("leaves the indexing of a write nested in another to the outer one's end", async () => {
    await storeFrom("first", [item("a")]);
    const db = sqlite();
    const sourceId = (db.prepare("SELECT source_id AS id FROM articles LIMIT 1").get() as { id: number }).id;
    const insertByHand = db.prepare(
      `INSERT INTO articles (slug, source_id, guid, url, title, excerpt, content_html, content_text,
         word_count, reading_minutes, content_hash, published_at, published_ts, updated_at, first_seen_at)
       VALUES (?, ?, ?, 'https://first.example/' || ?, ?, '', '<p>Otters</p>', ?, 1, 1, ?, '2026-11-20', 0,
         NULL, '2026-11-20')`,
    );
    const write = (guid: string, text: string) =>
      insertByHand.run(guid, sourceId, guid, guid, guid, text, guid);
    db.transaction(() =>
      indexingNewStoriesAtEnd(db, () => {
        write("outer", "Otters upstream");
        indexingNewStoriesAtEnd(db, () => write("inner", "Herons downstream"));
        // Still the outer write's: an update must not touch the index, which does not hold it yet.
        db.prepare("UPDATE articles SET content_text = 'Otters and voles' WHERE guid = 'outer'").run();
      }),
    )();
    expect(searchIds("voles")).toEqual([idOf("outer")]);
    expect(searchIds("herons")).toEqual([idOf("inner")]);
    expectIndexHoldsExactlyTheStories();
  });

  it("goes back to 0003's triggers and forward again, the index exact both ways", async () => {
    await storeFrom("first", [item("a")]);
    await migrateTo(store.db, "0005-related-ranked-when-read");
    const tables = () =>
      sqlite().prepare("SELECT name FROM sqlite_master WHERE name = 'search_index_pending'").all();
    expect(tables()).toEqual([]);
    const triggers = () =>
      (
        sqlite().prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all() as {
          sql: string;
        }[]
      ).map((row) => row.sql);
    expect(triggers().join("\n")).not.toMatch(/search_index_pending/);
    expect(triggers()).toHaveLength(3);
    // The code of that time stored a feed through the insert trigger alone.
    sqlite().prepare("UPDATE articles SET content_text = 'Rewritten about herons' WHERE guid = 'a'").run();
    expect(searchIds("herons")).toEqual([idOf("a")]);

    await migrateToLatest(store.db);
    expect(triggers().filter((definition) => /search_index_pending/.test(definition))).toHaveLength(3);
    await storeFrom("second", [item("b", { contentHtml: "<p>Kingfishers at the weir.</p>" })]);
    expect(searchIds("kingfishers")).toEqual([idOf("b")]);
    expectIndexHoldsExactlyTheStories();
  });

  it("merges its segments 16 at a time, all at once only from 64, exact through many feeds (0007)", async () => {
    const merging = () =>
      Object.fromEntries(
        sqlite()
          .prepare("SELECT k, v FROM articles_fts_config WHERE k IN ('automerge', 'crisismerge')")
          .raw()
          .all() as [string, number][],
      );
    expect(merging()).toEqual({ automerge: 16, crisismerge: 64 });
    // A segment a feed: enough feeds for merges at both settings.
    for (let feed = 0; feed < 40; feed += 1)
      await storeFrom(`publisher-${feed % 5}`, [
        item(`feed-${feed}`, {
          contentHtml: `<p>Dispatch ${feed}: herons, otters and the ${feed}th tide.</p>`,
        }),
      ]);
    expect(searchIds("herons")).toHaveLength(40);
    expectIndexHoldsExactlyTheStories();

    await migrateTo(store.db, "0006-search-index-per-feed");
    expect(merging()).toEqual({ automerge: 4, crisismerge: 16 });
    await migrateToLatest(store.db);
    expect(merging()).toEqual({ automerge: 16, crisismerge: 64 });
  });

  it("indexes a row written outside a feed at once, as before", async () => {
    await storeFrom("first", [item("a")]);
    const source = sqlite().prepare("SELECT source_id AS id FROM articles LIMIT 1").get() as { id: number };
    sqlite()
      .prepare(
        `INSERT INTO articles (slug, source_id, guid, url, title, excerpt, content_html, content_text,
           word_count, reading_minutes, content_hash, published_at, published_ts, updated_at, first_seen_at)
         VALUES ('by-hand', ?, 'by-hand', 'https://first.example/by-hand', 'Written by hand', '',
           '<p>Otters</p>', 'Otters', 1, 1, 'hash', '2026-11-20', 0, NULL, '2026-11-20')`,
      )
      .run(source.id);
    expect(searchIds("otters")).toEqual([idOf("by-hand")]);
    expectIndexHoldsExactlyTheStories();
  });
});

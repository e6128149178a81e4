/**
 * Every fixture feed under tests/fixtures/feeds behaves as its manifest says: good feeds land with
 * the fields a reader sees; refused feeds leave a clear error on the source and change nothing.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestFeedBody } from "../../src/server/ingest/ingest-feed";
import { ingestSource } from "../../src/server/ingest/ingest-source";
import { findArticleBySlug, listArticles } from "../../src/server/queries/articles";
import { listRelatedArticles } from "../../src/server/queries/related";
import { searchArticles, toFtsQuery } from "../../src/server/queries/search";
import { RELATED_LIMIT } from "../../src/shared/limits";
import { temporaryStore } from "./support/temporary-store";

const FIXTURES = resolve(import.meta.dirname, "../fixtures/feeds");

type ExpectedItem = {
  guid: string;
  title: string;
  url: string;
  author: string | null;
  publishedAt: string | null;
  imageUrl: string | null;
  topics: string[];
  tags: string[];
  bodyContains?: string[];
  bodyExcludes?: string[];
  htmlContains?: string[];
  wordCountAtLeast?: number;
};
type Manifest = {
  good: { file: string; format: string; feedTitle: string; items: ExpectedItem[] }[];
  rejected: { file: string; reason: string }[];
};
const manifest = JSON.parse(readFileSync(join(FIXTURES, "manifest.json"), "utf8")) as Manifest;

/** What the operator is told for each refused fixture. */
const REFUSAL_MESSAGES: Record<string, RegExp> = {
  "malformed-truncated.xml": /not well-formed XML \(line \d+, column \d+\)/,
  "not-a-feed.html": /not well-formed XML|not an RSS, Atom or RDF feed/,
  "billion-laughs.xml": /declares XML entities in a DTD/,
  "xxe.xml": /declares XML entities in a DTD/,
  "malformed-json.json": /not valid JSON/,
  "json-not-a-feed.json": /JSON that is not a JSON Feed/,
  "empty.xml": /The feed is empty/,
  "wrong-root.xml": /not an RSS, Atom or RDF feed/,
  "rss-no-channel.xml": /not an RSS, Atom or RDF feed|no title and no items/,
};

let store: Awaited<ReturnType<typeof temporaryStore>>;
beforeEach(async () => {
  store = await temporaryStore();
});
afterEach(() => store.remove());

async function articleRows() {
  return store.db.selectFrom("articles").selectAll().orderBy("id").execute();
}

describe("the fixture set", () => {
  it("has at least 30 feeds, good and bad", () => {
    expect(manifest.good.length + manifest.rejected.length).toBeGreaterThanOrEqual(30);
    expect(Object.keys(REFUSAL_MESSAGES).sort()).toEqual(manifest.rejected.map((entry) => entry.file).sort());
  });
});

describe.each(manifest.good)("good feed $file", ({ file, feedTitle, items }) => {
  it("lands every item with its title, link, author, date, cover, topics and tags", async () => {
    const outcome = await ingestSource(store.db, join(FIXTURES, file));
    expect(outcome.status, outcome.status === "failed" ? outcome.error : "").toBe("ingested");
    const source = await store.db.selectFrom("sources").selectAll().executeTakeFirstOrThrow();
    expect(source.name).toBe(feedTitle);
    expect(source.last_error).toBeNull();
    expect(source.last_success_at).not.toBeNull();

    for (const expected of items) {
      const row = await store.db
        .selectFrom("articles")
        .selectAll()
        .where("guid", "=", expected.guid)
        .executeTakeFirst();
      expect(row, `item ${expected.guid}`).toBeDefined();
      if (!row) continue;
      expect(row.title).toBe(expected.title);
      expect(row.url).toBe(expected.url);
      expect(row.author).toBe(expected.author);
      if (expected.publishedAt === null) {
        expect(row.date_missing).toBe(1);
        expect(row.published_at).toBe(row.first_seen_at.replace(/\.\d{3}Z$/, "+00:00"));
      } else {
        expect(row.published_at).toBe(expected.publishedAt);
        expect(row.date_missing).toBe(0);
      }
      expect(row.image_url).toBe(expected.imageUrl);
      const topics = await store.db
        .selectFrom("article_topics as at")
        .innerJoin("topics as t", "t.id", "at.topic_id")
        .select("t.slug")
        .where("at.article_id", "=", row.id)
        .orderBy("at.position")
        .execute();
      expect(topics.map((topic) => topic.slug)).toEqual(expected.topics);
      const tags = await store.db
        .selectFrom("article_tags as at")
        .innerJoin("tags as t", "t.id", "at.tag_id")
        .select("t.name")
        .where("at.article_id", "=", row.id)
        .execute();
      expect(tags.map((tag) => tag.name).sort()).toEqual([...expected.tags].sort());
      for (const phrase of expected.bodyContains ?? []) expect(row.content_text).toContain(phrase);
      for (const markup of expected.htmlContains ?? []) expect(row.content_html).toContain(markup);
      for (const bad of expected.bodyExcludes ?? [])
        expect(row.content_html.toLowerCase()).not.toContain(bad.toLowerCase());
      if (expected.wordCountAtLeast) expect(row.word_count).toBeGreaterThanOrEqual(expected.wordCountAtLeast);
      // Whatever the feed held, stored HTML never carries script or inline handlers.
      expect(row.content_html).not.toMatch(/<script|<style|<iframe|\son\w+=|javascript:|<base|<meta/i);
      // Plain-text fields may quote markup as text ("Writing <p> by hand") but never carry live script.
      for (const text of [row.title, row.excerpt, row.author ?? ""])
        expect(text).not.toMatch(/<script|<iframe|<img/i);
    }
  });

  it("changes nothing when the same feed comes again", async () => {
    await ingestSource(store.db, join(FIXTURES, file));
    const before = await articleRows();
    const again = await ingestSource(store.db, join(FIXTURES, file));
    expect(again.status === "ingested" && again.summary.created).toBe(0);
    expect(await articleRows()).toEqual(before);
  });
});

describe.each(manifest.rejected)("refused feed $file ($reason)", ({ file }) => {
  it("is refused with a clear error on its source, and nothing stored earlier changes", async () => {
    const earlier = manifest.good[0]?.file ?? "";
    await ingestSource(store.db, join(FIXTURES, earlier));
    const before = await articleRows();
    expect(before.length).toBeGreaterThan(0);

    const outcome = await ingestSource(store.db, join(FIXTURES, file));
    expect(outcome.status).toBe("failed");
    if (outcome.status !== "failed") return;
    expect(outcome.error).toMatch(REFUSAL_MESSAGES[file] ?? /./);
    const source = await store.db
      .selectFrom("sources")
      .selectAll()
      .where("feed_url", "=", join(FIXTURES, file))
      .executeTakeFirstOrThrow();
    expect(source.last_error).toBe(outcome.error);
    expect(source.failure_count).toBe(1);
    expect(Date.parse(source.next_fetch_at ?? "")).toBeGreaterThan(Date.now());
    expect(await articleRows()).toEqual(before);
  });
});

describe("the same items fetched again", () => {
  const FEED_URL = "https://fixtures.example/update.xml";
  const read = (name: string) => readFileSync(join(FIXTURES, name), "utf8");

  it("updates a changed item in place, keeps its slug, adds the new one and leaves the rest", async () => {
    const first = await ingestFeedBody(
      store.db,
      FEED_URL,
      read("update-v1.xml"),
      new Date("2026-11-20T10:00:00Z"),
    );
    const before = await articleRows();
    const second = await ingestFeedBody(
      store.db,
      FEED_URL,
      read("update-v2.xml"),
      new Date("2026-11-21T10:00:00Z"),
    );
    expect(second.created).toBeGreaterThanOrEqual(1);
    expect(second.updated).toBeGreaterThanOrEqual(1);
    expect(second.unchanged).toBeGreaterThanOrEqual(1);
    const after = await articleRows();
    expect(after).toHaveLength(first.created + second.created);
    for (const old of before) {
      const now = after.find((row) => row.id === old.id);
      expect(now?.slug).toBe(old.slug);
      expect(now?.first_seen_at).toBe(old.first_seen_at);
      if (now?.content_hash !== old.content_hash) expect(now?.updated_at).not.toBeNull();
    }
  });

  it("keeps one article for a guid listed twice in one feed", async () => {
    await ingestSource(store.db, join(FIXTURES, "duplicate-items.xml"));
    const rows = await articleRows();
    expect(new Set(rows.map((row) => row.guid)).size).toBe(rows.length);
  });
});

describe("reposts", () => {
  it.each([
    ["original first", ["repost-original.xml", "repost-copy.xml"]],
    ["copy first", ["repost-copy.xml", "repost-original.xml"]],
  ])(
    "fold into one story credited to its first publisher, with the others as also carried by (%s)",
    async (_order, files) => {
      for (const file of files) await ingestSource(store.db, join(FIXTURES, file));
      const rows = await articleRows();
      const copies = rows.filter((row) => row.duplicate_of !== null);
      expect(copies.length).toBeGreaterThanOrEqual(2);

      const list = await listArticles(store.db, { limit: 50 });
      expect(list.items.length).toBe(rows.length - copies.length);
      for (const copy of copies) {
        const story = rows.find((row) => row.id === copy.duplicate_of);
        expect(story).toBeDefined();
        expect(story?.published_ts).toBeLessThanOrEqual(copy.published_ts);
        const shown = await findArticleBySlug(store.db, copy.slug);
        expect(shown?.id).toBe(String(story?.id));
        expect(shown?.alsoCarriedBy.map((carrier) => carrier.url)).toContain(copy.url);
      }
      for (const row of rows) {
        const related = await listRelatedArticles(store.db, row.id, RELATED_LIMIT.max);
        for (const copy of copies) expect(related.map((item) => item.id)).not.toContain(String(copy.id));
      }
      // Search finds the story by its own words and never lists a copy, whichever arrived first.
      for (const copy of copies) {
        const story = rows.find((row) => row.id === copy.duplicate_of);
        const word = story?.title.split(/\W+/).sort((a, b) => b.length - a.length)[0] ?? "";
        const match = toFtsQuery(word, "all") ?? "";
        const hits = await searchArticles(store.db, { match, mode: "all", limit: 50 });
        const hitIds = hits.items.map((item) => item.id);
        expect(hitIds).toContain(String(story?.id));
        for (const other of copies) expect(hitIds).not.toContain(String(other.id));
      }
      const stories = rows.filter((row) => row.duplicate_of === null);
      expect(stories).toHaveLength(3);
      const sources = await store.db.selectFrom("sources").select(["id", "name"]).execute();
      const firstPublisher = sources.find((source) => source.name === "Riverbank Courier");
      for (const guid of ["riverbank-7701", "riverbank-7702"]) {
        const story = stories.find((row) => row.guid === guid);
        expect(story?.source_id).toBe(firstPublisher?.id);
      }
    },
  );
});

describe("all or nothing", () => {
  it("leaves the database as it was when a feed fails halfway through storing", async () => {
    await ingestSource(store.db, join(FIXTURES, manifest.good[0]?.file ?? ""));
    const before = await articleRows();
    const sourcesBefore = await store.db.selectFrom("sources").select("id").execute();
    const v2 = readFileSync(join(FIXTURES, "update-v2.xml"), "utf8");
    const secondTitle = /<item>[\s\S]*?<item>[\s\S]*?<title>([^<]+)<\/title>/.exec(v2)?.[1] ?? "";
    // A crash while storing the second item, after the first was written inside the transaction.
    await sql`CREATE TRIGGER crash BEFORE INSERT ON articles WHEN new.title = ${sql.lit(secondTitle)}
      BEGIN SELECT RAISE(ABORT, 'simulated crash'); END`.execute(store.db);
    await expect(ingestFeedBody(store.db, "https://fixtures.example/crash.xml", v2)).rejects.toThrow(
      "simulated crash",
    );
    expect(await articleRows()).toEqual(before);
    expect(await store.db.selectFrom("sources").select("id").execute()).toEqual(sourcesBefore);
    const integrity = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(store.db);
    expect(integrity.rows[0]?.integrity_check).toBe("ok");
  });
});

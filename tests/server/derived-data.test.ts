/**
 * Derived data (fingerprints, their buckets, word vectors) is rebuilt from the
 * stored articles when a migration asks for it, and nothing a reader sees is lost on the way.
 */
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { openStore, type Store, sqliteOf } from "../../src/server/db/connection";
import { migrateTo, migrateToLatest } from "../../src/server/db/migrate";
import { ingestDemoIfEmpty } from "../../src/server/ingest/demo-newsroom";
import { rebuildDerivedDataIfPending } from "../../src/server/ingest/derived-data";
import { listRelatedArticles } from "../../src/server/queries/related";
import { temporaryDirectory } from "./support/server-process";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function freshStore(): Store {
  const directory = temporaryDirectory("broadsheet-derived-");
  const store = openStore({ kind: "sqlite", file: `${directory.path}/derived.db` });
  cleanups.push(async () => {
    await store.close();
    directory.remove();
  });
  return store;
}

function counts(store: Store) {
  const one = (query: string) => (sqliteOf(store.db).prepare(query).get() as { n: number }).n;
  return {
    fingerprints: one("SELECT count(*) AS n FROM articles WHERE fingerprint IS NOT NULL"),
    buckets: one("SELECT count(*) AS n FROM article_fingerprint_bands"),
    vectors: one("SELECT count(DISTINCT article_id) AS n FROM article_terms"),
    stories: one("SELECT count(*) AS n FROM articles WHERE duplicate_of IS NULL"),
  };
}

/** The first story's related list as readers get it (ranked from the vectors). */
async function firstRelatedList(store: Store) {
  const first = sqliteOf(store.db)
    .prepare("SELECT id FROM articles WHERE duplicate_of IS NULL ORDER BY id LIMIT 1")
    .get() as { id: number };
  return (await listRelatedArticles(store.db, first.id, 6)).map((item) => item.id);
}

describe("derived data", () => {
  it("is rebuilt once, from the stored articles, when marked for a rebuild", async () => {
    const store = freshStore();
    await migrateToLatest(store.db);
    await ingestDemoIfEmpty(store.db);
    const before = counts(store);
    expect(before.vectors).toBe(before.stories);
    const firstList = await firstRelatedList(store);
    expect(firstList.length).toBeGreaterThan(0);

    const sqlite = sqliteOf(store.db);
    sqlite.exec(`UPDATE articles SET fingerprint = NULL; DELETE FROM article_fingerprint_bands;
      DELETE FROM article_terms;
      INSERT INTO app_settings (key, value) VALUES ('derived_data', 'rebuild')`);
    expect(counts(store).vectors).toBe(0);

    expect(rebuildDerivedDataIfPending(store.db)).toBe(44);
    const after = counts(store);
    expect(after).toEqual(before);
    // The same stories; the order of near-ties may change, since rebuilt vectors weigh words by
    // the whole archive's counts rather than the counts when each article arrived.
    expect((await firstRelatedList(store)).sort()).toEqual(firstList.sort());
    expect(rebuildDerivedDataIfPending(store.db)).toBe(0);
  });

  it("is marked for a rebuild by the migration that changed fingerprints, only when articles exist", async () => {
    const empty = freshStore();
    await migrateToLatest(empty.db);
    expect(rebuildDerivedDataIfPending(empty.db)).toBe(0);

    const old = freshStore();
    await migrateTo(old.db, "0002-feed-provenance");
    await sql`INSERT INTO sources (slug, name, site_url, feed_url, created_at)
      VALUES ('old', 'Old Feed', 'https://old.example/', 'https://old.example/feed', '2026-01-01T00:00:00Z')`.execute(
      old.db,
    );
    await sql`INSERT INTO articles (slug, source_id, guid, url, title, excerpt, content_html, content_text,
        published_at, published_ts, word_count, reading_minutes, first_seen_at, content_hash, fingerprint)
      VALUES ('kept', 1, 'g1', 'https://old.example/1', 'Kept through the upgrade', 'Still here.',
        '<p>Still here after the upgrade, with every word of its text kept as it was.</p>',
        'Still here after the upgrade, with every word of its text kept as it was.',
        '2026-01-01T00:00:00Z', 1767225600000, 14, 1, '2026-01-01T00:00:00Z', 'h1', '1.2.3')`.execute(old.db);
    await migrateToLatest(old.db);
    expect(rebuildDerivedDataIfPending(old.db)).toBe(1);
    const article = await old.db
      .selectFrom("articles")
      .select(["title", "content_text", "fingerprint"])
      .executeTakeFirstOrThrow();
    expect(article.title).toBe("Kept through the upgrade");
    expect(article.fingerprint).toMatch(/^[0-9a-z]+(\.[0-9a-z]+){63}$/);
    expect(rebuildDerivedDataIfPending(old.db)).toBe(0);
  });

  it("survives migration 0003 taken down and up again, keeping every article searchable", async () => {
    const store = freshStore();
    await migrateToLatest(store.db);
    await ingestDemoIfEmpty(store.db);
    const stories = counts(store).stories;
    const searchable = () =>
      (
        sqliteOf(store.db)
          .prepare("SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH 'the'")
          .get() as { n: number }
      ).n;
    const before = searchable();
    const indexDefinition = () =>
      (
        sqliteOf(store.db).prepare("SELECT sql FROM sqlite_master WHERE name = 'articles_fts'").get() as {
          sql: string;
        }
      ).sql;
    expect(indexDefinition()).toContain("prefix='3'");

    await migrateTo(store.db, "0002-feed-provenance");
    expect(indexDefinition()).not.toContain("prefix");
    // The old index held every row, copies too.
    expect(searchable()).toBeGreaterThanOrEqual(before);

    await migrateToLatest(store.db);
    expect(indexDefinition()).toContain("prefix='3'");
    expect(searchable()).toBe(before);
    expect(rebuildDerivedDataIfPending(store.db)).toBe(44);
    const after = counts(store);
    expect(after.stories).toBe(stories);
    expect(after.vectors).toBe(stories);
  });
});

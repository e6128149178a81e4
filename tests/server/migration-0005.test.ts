/**
 * Migration 0005 drops the stored related lists (they are ranked when read now); down brings the
 * table back empty and marks derived data for a rebuild, which is how the code of 0004 refilled it.
 */
import { describe, expect, it } from "vitest";
import { sqliteOf } from "../../src/server/db/connection";
import { migrateTo, migrateToLatest } from "../../src/server/db/migrate";
import { rebuildDerivedDataIfPending } from "../../src/server/ingest/derived-data";
import { listRelatedArticles } from "../../src/server/queries/related";
import { demoStoreForThisFile } from "./support/temporary-store";

const store = demoStoreForThisFile();
const sqlite = () => sqliteOf(store().db);

function definition(name: string): string | undefined {
  return (
    sqlite().prepare("SELECT sql FROM sqlite_master WHERE name = ?").get(name) as { sql: string } | undefined
  )?.sql;
}

function rebuildMark(): unknown {
  return sqlite().prepare("SELECT value FROM app_settings WHERE key = 'derived_data'").get();
}

describe("migration 0005: related lists ranked when read", () => {
  it("drops the stored lists, and down brings the table back with a rebuild mark", async () => {
    const [first] = sqlite().prepare("SELECT id FROM articles WHERE duplicate_of IS NULL").all() as {
      id: number;
    }[];
    if (!first) throw new Error("no stories");
    const relatedIds = async () =>
      (await listRelatedArticles(store().db, first.id, 6)).map((item) => item.id).sort();
    const listBefore = await relatedIds();
    expect(listBefore.length).toBeGreaterThan(0);
    expect(definition("related_articles")).toBeUndefined();

    await migrateTo(store().db, "0004-fewer-btrees-per-article");
    expect(definition("related_articles")).toMatch(/without rowid\s*$/i);
    expect(definition("related_articles_by_related")).toBeDefined();
    expect(rebuildMark()).toEqual({ value: "rebuild" });

    await migrateToLatest(store().db);
    expect(definition("related_articles")).toBeUndefined();
    expect(rebuildDerivedDataIfPending(store().db)).toBeGreaterThan(0);
    expect(rebuildMark()).toBeUndefined();
    expect(await relatedIds()).toEqual(listBefore);
    expect(sqlite().pragma("foreign_key_check")).toEqual([]);
  });
});

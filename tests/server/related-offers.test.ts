/**
 * A new story joins the related lists of the stories it picked when it beats their weakest entry.
 * A feed's offers are applied list by list at the end of the feed (applyOffers).
 */
import { describe, expect, it } from "vitest";
import { sqliteOf } from "../../src/server/db/connection";
import { applyOffers, relatedContext } from "../../src/server/ingest/related-articles";
import { RELATED_LIMIT } from "../../src/shared/limits";
import { demoStoreForThisFile } from "./support/temporary-store";

type Entry = { id: number; score: number; reason: string | null };

const store = demoStoreForThisFile();
const sqlite = () => sqliteOf(store().db);

function listOf(articleId: number): Entry[] {
  return sqlite()
    .prepare(
      `SELECT related_id AS id, score, reason FROM related_articles WHERE article_id = ?
       ORDER BY score DESC, related_id DESC`,
    )
    .all(articleId) as Entry[];
}

/** A story with a full list, that list best first, and the stories in none of it. */
function fullList() {
  const row = sqlite()
    .prepare(
      `SELECT article_id AS id FROM related_articles GROUP BY article_id HAVING count(*) = ? ORDER BY article_id LIMIT 1`,
    )
    .get(RELATED_LIMIT.max) as { id: number } | undefined;
  if (!row) throw new Error("the demo has no full related list");
  const before = listOf(row.id);
  const listed = new Set(before.map((entry) => entry.id));
  const outsiders = (
    sqlite().prepare("SELECT id FROM articles WHERE duplicate_of IS NULL ORDER BY id").all() as {
      id: number;
    }[]
  )
    .map((story) => story.id)
    .filter((id) => id !== row.id && !listed.has(id));
  const weakest = before.at(-1);
  const [outsider, secondOutsider] = outsiders;
  if (!weakest || outsider === undefined || secondOutsider === undefined)
    throw new Error("too few stories to offer");
  return { listId: row.id, before, weakest, outsider, secondOutsider };
}

function offer(offers: Map<number, Entry[]>): void {
  const context = relatedContext(sqlite(), Date.now());
  for (const [listId, entries] of offers) context.offers.set(listId, entries);
  sqlite().transaction(() => applyOffers(sqlite(), context))();
  expect(context.offers.size).toBe(0);
}

describe("offers to related lists", () => {
  it("a full list takes an entry that beats its weakest, drops the weakest and keeps its length", () => {
    const { listId, weakest, outsider } = fullList();
    offer(new Map([[listId, [{ id: outsider, score: weakest.score + 0.01, reason: "Also about AI" }]]]));
    const after = listOf(listId);
    expect(after).toHaveLength(RELATED_LIMIT.max);
    expect(after.map((entry) => entry.id)).toContain(outsider);
    expect(after.map((entry) => entry.id)).not.toContain(weakest.id);
    expect(after.find((entry) => entry.id === outsider)?.reason).toBe("Also about AI");
  });

  it("a full list turns away an entry that does not beat its weakest", () => {
    const { listId, before, weakest, outsider } = fullList();
    offer(new Map([[listId, [{ id: outsider, score: weakest.score - 0.01, reason: null }]]]));
    expect(listOf(listId)).toEqual(before);
  });

  it("a list that is not full takes every offer; the later offer of the same story wins", () => {
    const { listId, outsider: first, secondOutsider: second } = fullList();
    sqlite().prepare("DELETE FROM related_articles WHERE article_id = ?").run(listId);
    offer(
      new Map([
        [
          listId,
          [
            { id: first, score: 0.2, reason: "first offer" },
            { id: second, score: 0.1, reason: null },
            { id: first, score: 0.3, reason: "second offer" },
          ],
        ],
      ]),
    );
    expect(listOf(listId)).toEqual([
      { id: first, score: 0.3, reason: "second offer" },
      { id: second, score: 0.1, reason: null },
    ]);
  });

  it("an entry offered again with a new score is updated in place", () => {
    const { listId, before } = fullList();
    const strongest = before[0];
    if (!strongest) throw new Error("empty list");
    offer(new Map([[listId, [{ ...strongest, score: strongest.score + 1 }]]]));
    const after = listOf(listId);
    expect(after).toHaveLength(before.length);
    expect(after[0]).toEqual({ ...strongest, score: strongest.score + 1 });
  });
});

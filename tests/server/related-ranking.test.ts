/**
 * Related lists are ranked when read, so they follow the archive at once: a story stored later is
 * in an earlier story's list as soon as it lands, and a story that becomes another publisher's copy
 * is in no list from then on.
 */
import { describe, expect, it } from "vitest";
import { sqliteOf } from "../../src/server/db/connection";
import type { FeedItem } from "../../src/server/ingest/normalise-feed";
import { prepareArticle } from "../../src/server/ingest/prepare-article";
import { storeFeed } from "../../src/server/ingest/store-feed";
import { listRelatedArticles } from "../../src/server/queries/related";
import { rankRelated } from "../../src/server/queries/related-ranking";
import { RELATED_LIMIT } from "../../src/shared/limits";
import { demoStoreForThisFile } from "./support/temporary-store";

type StoryRow = { id: number; title: string; contentHtml: string; publishedAt: string };

const store = demoStoreForThisFile();
const sqlite = () => sqliteOf(store().db);

function stories(): StoryRow[] {
  return sqlite()
    .prepare(
      `SELECT id, title, content_html AS contentHtml, published_at AS publishedAt FROM articles
       WHERE duplicate_of IS NULL ORDER BY id`,
    )
    .all() as StoryRow[];
}

async function relatedIds(articleId: number): Promise<number[]> {
  const items = await listRelatedArticles(store().db, articleId, RELATED_LIMIT.max);
  return items.map((item) => Number(item.id));
}

function topicNames(articleId: number): string[] {
  return (
    sqlite()
      .prepare(
        `SELECT t.name FROM article_topics AS at JOIN topics AS t ON t.id = at.topic_id
         WHERE at.article_id = ? ORDER BY at.position`,
      )
      .all(articleId) as { name: string }[]
  ).map((row) => row.name);
}

function item(fields: Partial<FeedItem> & Pick<FeedItem, "guid" | "title" | "contentHtml">): FeedItem {
  return {
    url: `https://elsewhere.example/${fields.guid}`,
    summaryHtml: "",
    baseUrl: "https://elsewhere.example/",
    author: null,
    publishedAt: new Date().toISOString(),
    updatedAt: null,
    categories: [],
    imageUrl: null,
    ...fields,
  };
}

async function storeFromElsewhere(feedUrl: string, items: FeedItem[]) {
  const seenAt = new Date();
  const source = { feedUrl, format: "rss", title: "Elsewhere Weekly", siteUrl: "https://elsewhere.example/" };
  await storeFeed(
    store().db,
    source,
    items.map((feedItem) => prepareArticle(feedItem, seenAt)),
    seenAt,
  );
}

function rowByGuid(guid: string): { id: number; duplicateOf: number | null } {
  return sqlite()
    .prepare("SELECT id, duplicate_of AS duplicateOf FROM articles WHERE guid = ?")
    .get(guid) as { id: number; duplicateOf: number | null };
}

describe("related lists ranked when read", () => {
  it("rank best first, never the article itself, no more than asked for, saying why", () => {
    for (const story of stories()) {
      const ranked = rankRelated(sqlite(), story.id, 6, Date.now());
      expect(ranked.length).toBeGreaterThan(0);
      expect(ranked.length).toBeLessThanOrEqual(6);
      for (const [index, entry] of ranked.entries()) {
        expect(entry.id).not.toBe(story.id);
        if (index > 0) expect(entry.score).toBeLessThanOrEqual(ranked[index - 1]?.score ?? 0);
        if (entry.reason !== null) expect(entry.reason).toMatch(/^(Also about|More from) \S/);
      }
    }
  });

  it("put a story stored later in the list of the earlier story it follows up, and the other way", async () => {
    const [earlier] = stories();
    if (!earlier) throw new Error("no stories");
    const keyWords = (
      sqlite()
        .prepare("SELECT term FROM article_terms WHERE article_id = ? ORDER BY weight DESC")
        .all(earlier.id) as { term: string }[]
    ).map((row) => row.term);
    expect(keyWords.length).toBeGreaterThan(3);
    await storeFromElsewhere("https://elsewhere.example/follow-up.xml", [
      item({
        guid: "follow-up",
        title: `${earlier.title}: what happened next`,
        contentHtml: `<p>A year on, we went back. ${keyWords.join(", ")}.</p>
          <p>Much has changed since ${keyWords.slice(0, 3).join(" and ")} made the news.</p>`,
        categories: topicNames(earlier.id),
      }),
    ]);
    const followUp = rowByGuid("follow-up");
    expect(followUp.duplicateOf).toBeNull();
    expect(await relatedIds(earlier.id)).toContain(followUp.id);
    expect(await relatedIds(followUp.id)).toContain(earlier.id);
  });

  it("drop a story from every list once an earlier copy of it turns up elsewhere", async () => {
    const all = stories();
    const [reader] = all;
    if (!reader) throw new Error("no stories");
    const listed = all.find(
      (story) => story.id === (rankRelated(sqlite(), reader.id, 1, Date.now())[0]?.id ?? -1),
    );
    if (!listed) throw new Error("the first story has no list");
    const earlierDate = new Date(Date.parse(listed.publishedAt) - 86_400_000).toISOString();
    await storeFromElsewhere("https://elsewhere.example/syndicated.xml", [
      item({
        guid: "syndicated",
        title: listed.title,
        contentHtml: listed.contentHtml,
        publishedAt: earlierDate,
      }),
    ]);
    const original = rowByGuid("syndicated");
    expect(original.duplicateOf).toBeNull();
    const demoted = sqlite()
      .prepare("SELECT duplicate_of AS duplicateOf FROM articles WHERE id = ?")
      .get(listed.id);
    expect(demoted).toEqual({ duplicateOf: original.id });

    for (const story of stories()) expect(await relatedIds(story.id)).not.toContain(listed.id);
    expect(await relatedIds(listed.id)).toEqual([]);
    expect(await relatedIds(reader.id)).toContain(original.id);
  });
});

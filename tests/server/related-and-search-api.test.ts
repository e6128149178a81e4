import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArticlePage, RelatedList } from "../../src/shared/schemas";
import {
  articlePageSchema,
  problemSchema,
  relatedListSchema,
  searchPageSchema,
} from "../../src/shared/schemas";
import { getJson, type RunningServer, startServer } from "./support/server-process";

let server: RunningServer;
let everyArticle: ArticlePage["items"];

beforeAll(async () => {
  server = await startServer();
  everyArticle = [];
  let cursor: string | null = null;
  do {
    const page: ArticlePage = articlePageSchema.parse(
      await getJson(server, `/api/articles?limit=50${cursor ? `&cursor=${cursor}` : ""}`),
    );
    everyArticle.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
});
afterAll(() => server.stop());

describe("GET /api/articles/:slug/related", () => {
  it("never lists the article itself, and respects limit", async () => {
    for (const article of everyArticle) {
      const related = relatedListSchema.parse(
        await getJson(server, `/api/articles/${article.slug}/related?limit=3`),
      );
      expect(related.items.length).toBeLessThanOrEqual(3);
      expect(related.items.length).toBeGreaterThan(0);
      expect(related.items.map((item) => item.id)).not.toContain(article.id);
      expect(new Set(related.items.map((item) => item.id)).size).toBe(related.items.length);
    }
  });

  it("shares a topic with its article in at least 5 of every 6 items across the demo corpus", async () => {
    let items = 0;
    let sharingATopic = 0;
    for (const article of everyArticle) {
      const related: RelatedList = relatedListSchema.parse(
        await getJson(server, `/api/articles/${article.slug}/related?limit=6`),
      );
      const topics = new Set(article.topics.map((topic) => topic.slug));
      for (const item of related.items) {
        items += 1;
        if (item.topics.some((topic) => topics.has(topic.slug))) sharingATopic += 1;
      }
    }
    const share = sharingATopic / items;
    console.info(
      `related articles sharing a topic: ${sharingATopic}/${items} = ${(share * 100).toFixed(1)}% over ${everyArticle.length} articles`,
    );
    expect(items).toBeGreaterThanOrEqual(everyArticle.length * 5);
    expect(share).toBeGreaterThanOrEqual(5 / 6);
  });

  it("gives a reason for items chosen by topic or source", async () => {
    const article = everyArticle[0];
    const related = relatedListSchema.parse(await getJson(server, `/api/articles/${article?.slug}/related`));
    expect(related.items.some((item) => item.reason?.startsWith("Also about"))).toBe(true);
  });

  it("refuses a bad limit and answers 404 for an unknown article", async () => {
    for (const limit of ["0", "13", "x"]) {
      const response = await server.get(`/api/articles/${everyArticle[0]?.slug}/related?limit=${limit}`);
      expect(response.status).toBe(400);
      expect(problemSchema.parse(await response.json()).detail).toContain("limit");
    }
    expect((await server.get("/api/articles/not-a-real-one/related")).status).toBe(404);
  });
});

describe("GET /api/search", () => {
  it("finds an article by a word of its title, with that article first", async () => {
    const target = everyArticle.find((article) => article.title.split(/\s+/).length >= 4);
    if (!target) throw new Error("no title to search for");
    const page = searchPageSchema.parse(
      await getJson(server, `/api/search?q=${encodeURIComponent(target.title)}`),
    );
    expect(page.items[0]?.id).toBe(target.id);
    expect(page.items[0]?.snippet.some((part) => part.match)).toBe(true);
  });

  it("finds articles by words that appear only in their bodies", async () => {
    const article = await getJson<{ contentHtml: string; id: string }>(
      server,
      `/api/articles/${everyArticle[5]?.slug}`,
    );
    const bodyWords = article.contentHtml
      .replace(/<[^>]+>/g, " ")
      .split(/[^\p{L}]+/u)
      .filter((word) => word.length >= 9);
    const word = bodyWords.find(
      (candidate) => !everyArticle[5]?.title.toLowerCase().includes(candidate.toLowerCase()),
    );
    if (!word) throw new Error("no body word");
    const page = searchPageSchema.parse(
      await getJson(server, `/api/search?q=${encodeURIComponent(word)}&limit=50`),
    );
    expect(page.items.map((item) => item.id)).toContain(article.id);
    const hit = page.items.find((item) => item.id === article.id);
    expect(hit?.snippet.filter((part) => part.match).map((part) => part.text.toLowerCase())).toContain(
      word.toLowerCase(),
    );
  });

  it("pages through results with a cursor, each hit once", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = searchPageSchema.parse(
        await getJson(
          server,
          `/api/search?q=the&limit=4${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
        ),
      );
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor && seen.length < 200);
    expect(seen.length).toBeGreaterThan(4);
    expect(new Set(seen).size).toBe(seen.length);
  });

  const hostile = [
    '"',
    '"unbalanced quote',
    "NEAR(",
    "NEAR(ai crypto, 2)",
    "*",
    "ai*",
    "-",
    "-crypto",
    ":",
    "title:ai",
    "AND",
    "ai AND",
    "OR NOT AND",
    "((ai)",
    ")",
    "ai\u0000crypto",
    "^",
    "{title excerpt}: ai",
    "<script>alert(1)</script>",
    "'; DROP TABLE articles; --",
    "😀 🚀",
    "x".repeat(3000),
    "layer ".repeat(600),
  ];
  it.each(
    hostile.map((q) => [q.length > 40 ? `${q.slice(0, 20)}… (${q.length} chars)` : JSON.stringify(q), q]),
  )("answers %s without an error", async (_label, q) => {
    const response = await server.get(`/api/search?q=${encodeURIComponent(q)}`);
    expect(response.status).toBe(200);
    searchPageSchema.parse(await response.json());
  });

  it.each(["", "   ", "%00"])("refuses an empty query (%j) with a 400 problem naming q", async (q) => {
    const response = await server.get(`/api/search?q=${q}`);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(problemSchema.parse(await response.json()).errors?.[0]?.parameter).toBe("q");
  });

  it("refuses a missing query, and a cursor from another search", async () => {
    expect((await server.get("/api/search")).status).toBe(400);
    const first = searchPageSchema.parse(await getJson(server, "/api/search?q=the&limit=1"));
    const response = await server.get(
      `/api/search?q=market&cursor=${encodeURIComponent(first.nextCursor ?? "")}`,
    );
    expect(response.status).toBe(400);
    const listCursor =
      articlePageSchema.parse(await getJson(server, "/api/articles?limit=1")).nextCursor ?? "";
    expect((await server.get(`/api/search?q=the&cursor=${encodeURIComponent(listCursor)}`)).status).toBe(400);
  });
});

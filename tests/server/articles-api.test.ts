import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Article, ArticlePage, Problem, SourceList, TopicList } from "../../src/shared/schemas";
import { articlePageSchema, articleSchema, problemSchema } from "../../src/shared/schemas";
import { getJson, type RunningServer, startServer } from "./support/server-process";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.stop());

async function walkAll(path: (cursor?: string) => string): Promise<ArticlePage["items"]> {
  const seen: ArticlePage["items"] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 100; pages += 1) {
    const page = articlePageSchema.parse(await getJson(server, path(cursor)));
    seen.push(...page.items);
    if (!page.nextCursor) return seen;
    cursor = page.nextCursor;
  }
  throw new Error("cursor walk did not end");
}

async function expectProblem(path: string, status: number, parameter?: string): Promise<Problem> {
  const response = await server.get(path);
  expect(response.status, path).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  const problem = problemSchema.parse(await response.json());
  expect(problem.status).toBe(status);
  expect(problem.type).toBeTruthy();
  expect(problem.title).toBeTruthy();
  if (parameter) {
    expect(problem.detail).toContain(parameter);
    expect(problem.errors?.map((error) => error.parameter)).toContain(parameter);
  }
  return problem;
}

describe("GET /api/articles", () => {
  it("serves the demo newsroom: 20 articles and a cursor by default", async () => {
    const page = articlePageSchema.parse(await getJson(server, "/api/articles"));
    expect(page.items).toHaveLength(20);
    expect(page.nextCursor).toEqual(expect.any(String));
    for (const item of page.items) {
      expect(item.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
      expect(item.excerpt.length).toBeGreaterThan(0);
      expect(item.url).toMatch(/^https?:\/\//);
    }
  });

  it("walks every article exactly once, newest first, whatever the page size", async () => {
    const sources = await getJson<SourceList>(server, "/api/sources");
    const total = sources.items.reduce((sum, source) => sum + source.articleCount, 0);
    expect(total).toBeGreaterThanOrEqual(40);
    for (const limit of [1, 7, 50]) {
      const all = await walkAll(
        (cursor) => `/api/articles?limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`,
      );
      expect(all).toHaveLength(total);
      expect(new Set(all.map((item) => item.id)).size).toBe(total);
      const times = all.map((item) => Date.parse(item.publishedAt));
      expect(times).toEqual([...times].sort((a, b) => b - a));
    }
  });

  it("filters by topic and by source, through the whole cursor walk", async () => {
    const topics = await getJson<TopicList>(server, "/api/topics");
    expect(topics.items.length).toBeGreaterThanOrEqual(6);
    for (const topic of topics.items) {
      const all = await walkAll(
        (cursor) => `/api/articles?topic=${topic.slug}&limit=5${cursor ? `&cursor=${cursor}` : ""}`,
      );
      expect(all).toHaveLength(topic.articleCount);
      for (const item of all) expect(item.topics.map((t) => t.slug)).toContain(topic.slug);
    }
    const sources = await getJson<SourceList>(server, "/api/sources");
    expect(sources.items.length).toBeGreaterThanOrEqual(5);
    for (const source of sources.items) {
      const all = await walkAll(
        (cursor) => `/api/articles?source=${source.slug}${cursor ? `&cursor=${cursor}` : ""}`,
      );
      expect(all).toHaveLength(source.articleCount);
      for (const item of all) expect(item.source.slug).toBe(source.slug);
    }
  });

  it("answers an unknown topic or source with a 404 problem", async () => {
    await expectProblem("/api/articles?topic=no-such-topic", 404);
    await expectProblem("/api/articles?source=no-such-source", 404);
  });

  it.each(["0", "51", "-1", "1.5", "abc", "", "1e1", "20abc", "99999999999"])(
    "refuses limit=%s with a 400 problem",
    async (limit) => {
      await expectProblem(`/api/articles?limit=${encodeURIComponent(limit)}`, 400, "limit");
    },
  );

  it("refuses junk and tampered cursors with a 400 problem", async () => {
    const page = articlePageSchema.parse(await getJson(server, "/api/articles?limit=2"));
    const cursor = page.nextCursor ?? "";
    const [payload = "", signature = ""] = cursor.split(".");
    const forged = Buffer.from(JSON.stringify({ kind: "list", publishedTs: 0, id: 1 })).toString("base64url");
    const flipped = `${payload.slice(0, -1)}${payload.endsWith("A") ? "B" : "A"}.${signature}`;
    for (const bad of [
      "junk",
      "%00",
      "a.b",
      "a.b.c",
      `${forged}.${signature}`,
      flipped,
      `${payload}.`,
      "x".repeat(600),
    ]) {
      await expectProblem(`/api/articles?cursor=${encodeURIComponent(bad)}`, 400, "cursor");
    }
  });

  it("refuses a malformed topic slug with a 400 problem naming it", async () => {
    await expectProblem(`/api/articles?topic=${encodeURIComponent("<script>")}`, 400, "topic");
  });
});

describe("GET /api/articles/:slug", () => {
  it("returns the whole article with attribution and disclaimer", async () => {
    const page = articlePageSchema.parse(await getJson(server, "/api/articles?limit=1"));
    const summary = page.items[0];
    if (!summary) throw new Error("no articles");
    const article: Article = articleSchema.parse(await getJson(server, `/api/articles/${summary.slug}`));
    expect(article.id).toBe(summary.id);
    expect(article.contentHtml).toContain("<p>");
    expect(article.contentHtml).not.toMatch(/<script|onerror=|javascript:/i);
    expect(article.wordCount).toBeGreaterThan(100);
    expect(article.attribution).toBe(`First published on ${summary.source.name}`);
    expect(article.disclaimer.length).toBeGreaterThan(40);
  });

  it("sends the body with its sections found and linked, ready to render", async () => {
    const numbered = articleSchema.parse(
      await getJson(server, "/api/articles/who-owns-the-middle-how-ai-and-crypto-stack-their-technology"),
    );
    expect(numbered.sections.length).toBeGreaterThanOrEqual(3);
    for (const section of numbered.sections) {
      expect(section.number).toBeGreaterThan(0);
      expect(numbered.contentHtml).toContain(`<p id="${section.id}" data-section="">`);
      expect(numbered.contentHtml).toContain(`<a class="heading-anchor" href="#${section.id}">`);
    }
    const headed = articleSchema.parse(
      await getJson(server, "/api/articles/the-order-book-is-thinning-where-it-matters"),
    );
    expect(headed.sections.length).toBeGreaterThan(0);
    for (const section of headed.sections) {
      expect(section.number).toBeUndefined();
      expect(headed.contentHtml).toContain(`<h2 id="${section.id}">`);
    }
  });

  it("answers an unknown slug with a 404 problem", async () => {
    const problem = await expectProblem("/api/articles/no-such-article", 404);
    expect(problem.detail).toContain("no-such-article");
  });

  it("answers an unknown API path with a 404 problem, and writes with 405", async () => {
    await expectProblem("/api/nothing-here", 404);
    const response = await server.get("/api/articles", { method: "POST", body: "{}" });
    expect(response.status).toBe(405);
    expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  });
});

describe("HTTP caching", () => {
  it.each(["/api/articles", "/api/topics", "/api/sources"])(
    "%s carries an ETag and answers 304 to a match",
    async (path) => {
      const first = await server.get(path);
      const tag = first.headers.get("etag");
      expect(tag).toBeTruthy();
      expect(first.headers.get("cache-control")).toMatch(/max-age=\d+/);
      const second = await server.get(path, { headers: { "If-None-Match": tag ?? "" } });
      expect(second.status).toBe(304);
      expect(await second.text()).toBe("");
    },
  );

  it("article detail answers 304 to its own ETag", async () => {
    const page = articlePageSchema.parse(await getJson(server, "/api/articles?limit=1"));
    const path = `/api/articles/${page.items[0]?.slug}`;
    const first = await server.get(path);
    const second = await server.get(path, { headers: { "If-None-Match": first.headers.get("etag") ?? "" } });
    expect(second.status).toBe(304);
  });

  it("health is never cached", async () => {
    const response = await server.get("/api/health");
    expect(await response.json()).toEqual({ status: "ok" });
    expect(response.headers.get("cache-control")).toBe("no-store");
  });
});

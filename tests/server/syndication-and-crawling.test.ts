import { parseFeed } from "feedsmith";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArticlePage, TopicList } from "../../src/shared/schemas";
import { getJson, type RunningServer, startServer } from "./support/server-process";

let server: RunningServer;
let latest: ArticlePage;
beforeAll(async () => {
  server = await startServer();
  latest = await getJson<ArticlePage>(server, "/api/articles?limit=50");
});
afterAll(() => server.stop());

async function feed(path: string) {
  const response = await server.get(path);
  expect(response.status, path).toBe(200);
  const text = await response.text();
  return { response, parsed: parseFeed(path.endsWith(".json") ? JSON.parse(text) : text) };
}

describe("feeds out", () => {
  it("/feed.xml parses back as RSS with the latest titles, links, dates and publishers", async () => {
    const { response, parsed } = await feed("/feed.xml");
    expect(response.headers.get("content-type")).toMatch(/^application\/rss\+xml/);
    expect(parsed.format).toBe("rss");
    if (parsed.format !== "rss") return;
    const items = parsed.feed.items ?? [];
    expect(items.map((item) => item.title)).toEqual(latest.items.map((item) => item.title));
    items.forEach((item, index) => {
      const article = latest.items[index];
      expect(item.link).toBe(`${server.baseUrl}/article/${article?.slug}`);
      expect(Date.parse(item.pubDate ?? "")).toBe(Date.parse(article?.publishedAt ?? ""));
      expect(item.source?.title).toBe(article?.source.name);
      expect(item.content?.encoded).toContain(`First published on <a href="${article?.url}">`);
    });
  });

  it("/feed.json parses back as JSON Feed 1.1 crediting the original", async () => {
    const { response, parsed } = await feed("/feed.json");
    expect(response.headers.get("content-type")).toMatch(/^application\/feed\+json/);
    expect(parsed.format).toBe("json");
    if (parsed.format !== "json") return;
    const items = parsed.feed.items ?? [];
    expect(items.map((item) => item.title)).toEqual(latest.items.map((item) => item.title));
    expect(items.map((item) => item.external_url)).toEqual(latest.items.map((item) => item.url));
    expect(Date.parse(items[0]?.date_published ?? "")).toBe(Date.parse(latest.items[0]?.publishedAt ?? ""));
  });

  it("has a feed per topic and per source, and a 404 for unknown ones", async () => {
    const topics = await getJson<TopicList>(server, "/api/topics");
    const topic = topics.items[0];
    const { parsed } = await feed(`/topic/${topic?.slug}/feed.xml`);
    if (parsed.format === "rss")
      expect(parsed.feed.items?.length).toBe(Math.min(50, topic?.articleCount ?? 0));
    const source = latest.items[0]?.source.slug;
    const { parsed: bySource } = await feed(`/source/${source}/feed.json`);
    if (bySource.format === "json")
      for (const item of bySource.feed.items ?? []) expect(item.authors?.length).toBe(1);
    expect((await server.get("/topic/nope/feed.xml")).status).toBe(404);
    expect((await server.get("/source/nope/feed.json")).status).toBe(404);
  });
});

describe("crawling", () => {
  it("robots.txt names the sitemaps", async () => {
    const response = await server.get("/robots.txt");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toMatch(/max-age/);
    expect(await response.text()).toContain(`Sitemap: ${server.baseUrl}/sitemap.xml`);
  });

  it("sitemap.xml lists every story with lastmod, and every URL answers", async () => {
    const response = await server.get("/sitemap.xml");
    expect(response.headers.get("content-type")).toMatch(/^application\/xml/);
    const text = await response.text();
    const locations = [...text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? "");
    expect(locations).toHaveLength(latest.items.length);
    expect([...text.matchAll(/<lastmod>/g)]).toHaveLength(latest.items.length);
    for (const location of locations) {
      const article = await server.get(`/api/articles/${location.split("/article/")[1]}`);
      expect(article.status).toBe(200);
    }
  });

  it("the news sitemap holds only the last 48 hours", async () => {
    const text = await (await server.get("/sitemap-news.xml")).text();
    expect(text).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
    const dates = [...text.matchAll(/<news:publication_date>([^<]+)</g)].map((match) =>
      Date.parse(match[1] ?? ""),
    );
    for (const date of dates) expect(Date.now() - date).toBeLessThanOrEqual(48 * 60 * 60_000);
    expect((await server.get("/sitemap-2.xml")).status).toBe(404);
  });
});

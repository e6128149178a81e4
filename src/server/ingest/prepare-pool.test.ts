import { readFileSync } from "node:fs";
import { afterAll, expect, it } from "vitest";
import { normaliseFeed } from "./normalise-feed";
import { FeedRejectedError, parseFeed } from "./parse-feed";
import { prepareArticle } from "./prepare-article";
import { closePreparePool, prepareFeed, prepareFeedItems } from "./prepare-pool";

const FEED = readFileSync(new URL("../demo/civic-circuit.rss.xml", import.meta.url), "utf8");
const SEEN_AT = new Date("2026-11-30T12:00:00Z");

afterAll(closePreparePool);

it("prepares a feed on a worker thread exactly as the main thread would", async () => {
  const here = normaliseFeed(parseFeed(FEED), "https://civic-circuit.example/feed");
  const { source, articles } = await prepareFeed(FEED, "https://civic-circuit.example/feed", SEEN_AT);
  expect(source).toEqual({
    feedUrl: "https://civic-circuit.example/feed",
    format: here.format,
    title: here.title,
    siteUrl: here.siteUrl,
  });
  expect(articles).toEqual(here.items.map((item) => prepareArticle(item, SEEN_AT)));
  expect(await prepareFeedItems(here.items.slice(0, 2), SEEN_AT)).toEqual(articles.slice(0, 2));
});

it("brings a refusal back across the thread as a FeedRejectedError with its reason", async () => {
  await expect(
    prepareFeed("<html><body>not a feed</body></html>", "https://x.example/", SEEN_AT),
  ).rejects.toThrow(FeedRejectedError);
  await expect(
    prepareFeed('<rss version="2.0"><channel></channel></rss>', "https://x.example/", SEEN_AT),
  ).rejects.toThrow("is not an RSS, Atom or RDF feed");
});

it("leaves the calling thread free while it works", async () => {
  const items = normaliseFeed(parseFeed(FEED), "https://civic-circuit.example/feed").items;
  let turns = 0;
  const count = () => {
    turns += 1;
    if (!done) setImmediate(count);
  };
  let done = false;
  setImmediate(count);
  // On the calling thread this would finish before the event loop turned once.
  await prepareFeedItems(Array.from({ length: 20 }, () => items).flat(), SEEN_AT);
  done = true;
  expect(turns).toBeGreaterThan(0);
});

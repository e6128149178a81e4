/**
 * Section 2b: the API while the server stores a feed. The real server starts on the demo newsroom
 * with a feeds file naming one synthetic feed of 500 items, served over HTTP from this process
 * after a delay, so that the server is warm when the feed arrives; its poller then prepares and
 * stores it. Meanwhile one client asks for the front page's list every 5 ms until the feed's
 * articles are there. Storing a feed is one synchronous transaction: on the thread that answers
 * requests every answer would wait for it. The slowest answer shows whether one did.
 */
import { writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { SourceList } from "../../src/shared/schemas";
import { log, percentile, startRealServer, type Table } from "./support";
import { syntheticCorpus } from "./synthetic";

const FEED_ITEMS = 500;
const ASK_EVERY_MS = 5;
/** The feed is served this long after it is asked for: the server's warm-up is over by then. */
const FEED_DELAY_MS = 3_000;
/** Answers in the server's first second are its warm-up, not ingest's doing. */
const WARM_UP_MS = 1_000;
const GIVE_UP_MS = 120_000;

export type DuringIngest = {
  feedItems: number;
  requests: number;
  p50: number;
  p99: number;
  slowestMs: number;
  /** From the server's start to the feed's articles being listed. */
  feedStoredAfterMs: number;
};

/** A JSON Feed of synthetic articles, as a publisher would serve it. */
function syntheticFeed(): string {
  const corpus = syntheticCorpus(7);
  const items = Array.from({ length: FEED_ITEMS }, (_, index) => corpus.item(10_000_000 + index, 0)).map(
    (item) => ({
      id: item.guid,
      url: item.url,
      title: item.title,
      content_html: item.contentHtml,
      date_published: item.publishedAt,
      tags: item.categories,
    }),
  );
  return JSON.stringify({
    version: "https://jsonfeed.org/version/1.1",
    title: "Synthetic Wire",
    home_page_url: "https://synthetic-wire.example/",
    items,
  });
}

/** Serves the feed on loopback, each answer FEED_DELAY_MS after the request. */
async function serveFeedLate(body: string): Promise<{ url: string; server: Server }> {
  const server = createServer((_, response) => {
    setTimeout(() => {
      response.writeHead(200, { "content-type": "application/feed+json" });
      response.end(body);
    }, FEED_DELAY_MS);
  });
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.json`, server };
}

export async function measureDuringIngest(options: {
  clientDist: string;
  serverDist: string;
  scratch: string;
}): Promise<{ result: DuringIngest; table: Table }> {
  const feed = await serveFeedLate(syntheticFeed());
  const feedsFile = join(options.scratch, "feeds-during-ingest.txt");
  writeFileSync(feedsFile, `${feed.url}\n`);
  log(`API while a feed of ${FEED_ITEMS} items is stored: one request every ${ASK_EVERY_MS} ms …`);
  const server = await startRealServer({
    databaseFile: join(options.scratch, "during-ingest.db"),
    clientDist: options.clientDist,
    serverDist: options.serverDist,
    scratch: options.scratch,
    demoContent: true,
    feedsFile,
  });
  try {
    const started = performance.now();
    const durations: number[] = [];
    let storedAfterMs = Number.NaN;
    for (let asked = 0; performance.now() - started < GIVE_UP_MS; asked += 1) {
      const sent = performance.now();
      const response = await fetch(`${server.baseUrl}/api/articles`);
      await response.arrayBuffer();
      if (sent - started >= WARM_UP_MS) durations.push(performance.now() - sent);
      if (asked % 40 === 0) {
        const sources = (await (await fetch(`${server.baseUrl}/api/sources`)).json()) as SourceList;
        const wire = sources.items.find((source) => source.name === "Synthetic Wire");
        if (wire && wire.articleCount >= FEED_ITEMS) {
          storedAfterMs = performance.now() - started;
          break;
        }
      }
      await new Promise((wait) => setTimeout(wait, ASK_EVERY_MS));
    }
    const result: DuringIngest = {
      feedItems: FEED_ITEMS,
      requests: durations.length,
      p50: percentile(durations, 50),
      p99: percentile(durations, 99),
      slowestMs: durations.length > 0 ? Math.max(...durations) : Number.NaN,
      feedStoredAfterMs: storedAfterMs,
    };
    return {
      result,
      table: {
        title: `2b. API while the server stores a feed of ${FEED_ITEMS} items (one client, a request every ${ASK_EVERY_MS} ms)`,
        columns: ["requests", "p50 ms", "p99 ms", "slowest ms", "feed stored after s"],
        rows: [
          [
            result.requests,
            result.p50,
            result.p99,
            result.slowestMs,
            Number.isNaN(storedAfterMs) ? "not within 120 s" : (storedAfterMs / 1000).toFixed(1),
          ],
        ],
        notes: [
          `GET /api/articles from the server's start (its first second left out as warm-up) until the feed's articles are listed;`,
          `the feed is served ${FEED_DELAY_MS / 1000} s after the server asks for it, from loopback, so it arrives at a warm server;`,
          "the server polls and stores feeds on a thread of its own (src/server/ingest/polling-thread.ts)",
        ],
      },
    };
  } finally {
    await server.stop();
    feed.server.close();
  }
}

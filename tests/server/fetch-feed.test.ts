import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DEFAULT_FETCH_LIMITS,
  FeedFetchError,
  fetchFeed,
  parseRetryAfter,
  USER_AGENT,
} from "../../src/server/ingest/fetch-feed";

const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title><link>https://local.example/</link><description>d</description><item><title>One</title><guid>1</guid></item></channel></rss>`;
const ETAG = '"v1"';
const LAST_MODIFIED = "Tue, 10 Nov 2026 09:30:00 GMT";

let server: Server;
let base: string;
const seen: { path: string; headers: IncomingMessage["headers"] }[] = [];

const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  "/feed.xml": (req, res) => {
    if (req.headers["if-none-match"] === ETAG || req.headers["if-modified-since"] === LAST_MODIFIED) {
      res.writeHead(304).end();
      return;
    }
    res
      .writeHead(200, { "Content-Type": "application/rss+xml", ETag: ETAG, "Last-Modified": LAST_MODIFIED })
      .end(FEED);
  },
  "/gzip.xml": (_req, res) => {
    res
      .writeHead(200, { "Content-Type": "application/rss+xml", "Content-Encoding": "gzip" })
      .end(gzipSync(FEED));
  },
  "/redirect-once": (_req, res) => res.writeHead(301, { Location: "/feed.xml" }).end(),
  "/redirect-loop": (_req, res) => res.writeHead(302, { Location: "/redirect-loop" }).end(),
  "/redirect-file": (_req, res) => res.writeHead(302, { Location: "file:///etc/passwd" }).end(),
  "/rate-limited": (_req, res) => res.writeHead(429, { "Retry-After": "120" }).end("slow down"),
  "/unavailable": (_req, res) => res.writeHead(503, { "Retry-After": "Wed, 25 Nov 2099 10:00:00 GMT" }).end(),
  "/missing": (_req, res) => res.writeHead(404).end("no"),
  "/huge": (_req, res) => {
    res.writeHead(200, { "Content-Type": "application/rss+xml" });
    // No Content-Length: the cap must be enforced while streaming.
    const chunk = Buffer.alloc(64 * 1024, "a");
    let sent = 0;
    const pump = () => {
      while (sent < 40) {
        sent += 1;
        if (!res.write(chunk)) return void res.once("drain", pump);
      }
      res.end();
    };
    pump();
  },
  "/gzip-bomb": (_req, res) => {
    res.writeHead(200, { "Content-Encoding": "gzip" }).end(gzipSync(Buffer.alloc(5 * 1024 * 1024, "a")));
  },
  "/slow": (_req, res) => {
    res.writeHead(200, { "Content-Type": "application/rss+xml" });
    res.write("<rss>");
    setTimeout(() => res.end("</rss>"), 3_000);
  },
};

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    seen.push({ path, headers: req.headers });
    (routes[path] ?? ((_q, s) => s.writeHead(404).end()))(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const smallLimits = { ...DEFAULT_FETCH_LIMITS, maxBytes: 1024 * 1024, totalTimeoutMs: 1_000 };

describe("fetchFeed over HTTP", () => {
  it("sends a clear User-Agent and keeps the validators", async () => {
    const result = await fetchFeed(`${base}/feed.xml`);
    expect(result.kind).toBe("body");
    if (result.kind !== "body") return;
    expect(new TextDecoder().decode(result.bytes)).toBe(FEED);
    expect(result.validators).toEqual({ etag: ETAG, lastModified: LAST_MODIFIED });
    expect(seen.at(-1)?.headers["user-agent"]).toBe(USER_AGENT);
  });

  it("asks conditionally and understands 304 Not Modified", async () => {
    expect((await fetchFeed(`${base}/feed.xml`, { etag: ETAG, lastModified: null })).kind).toBe(
      "not-modified",
    );
    expect(seen.at(-1)?.headers["if-none-match"]).toBe(ETAG);
    expect((await fetchFeed(`${base}/feed.xml`, { etag: null, lastModified: LAST_MODIFIED })).kind).toBe(
      "not-modified",
    );
    expect(seen.at(-1)?.headers["if-modified-since"]).toBe(LAST_MODIFIED);
  });

  it("decompresses gzip", async () => {
    const result = await fetchFeed(`${base}/gzip.xml`);
    expect(result.kind === "body" && new TextDecoder().decode(result.bytes)).toBe(FEED);
  });

  it("follows a redirect, and stops at a loop or a non-HTTP target", async () => {
    const result = await fetchFeed(`${base}/redirect-once`);
    expect(result.kind === "body" && result.finalUrl).toBe(`${base}/feed.xml`);
    await expect(fetchFeed(`${base}/redirect-loop`)).rejects.toThrow("redirected more than 5 times");
    await expect(fetchFeed(`${base}/redirect-file`)).rejects.toThrow("file: address, which is not followed");
  });

  it("honours Retry-After on 429 and 503", async () => {
    const rateLimited = await fetchFeed(`${base}/rate-limited`).catch((error: unknown) => error);
    expect(rateLimited).toBeInstanceOf(FeedFetchError);
    expect((rateLimited as FeedFetchError).message).toContain("429");
    expect((rateLimited as FeedFetchError).retryAfterMs).toBe(120_000);
    const unavailable = (await fetchFeed(`${base}/unavailable`).catch(
      (error: unknown) => error,
    )) as FeedFetchError;
    expect(unavailable.message).toContain("503");
    expect(unavailable.retryAfterMs).toBeGreaterThan(1_000_000);
  });

  it("reports an HTTP error status in words", async () => {
    await expect(fetchFeed(`${base}/missing`)).rejects.toThrow("answered 404");
  });

  it("stops an oversized body while it streams, compressed or not", async () => {
    await expect(fetchFeed(`${base}/huge`, undefined, smallLimits)).rejects.toThrow(
      "larger than the 1 MB limit",
    );
    await expect(fetchFeed(`${base}/gzip-bomb`, undefined, smallLimits)).rejects.toThrow(
      "larger than the 1 MB limit",
    );
  });

  it("gives up on a slow server after the total timeout", async () => {
    const started = Date.now();
    await expect(fetchFeed(`${base}/slow`, undefined, smallLimits)).rejects.toThrow("took too long");
    expect(Date.now() - started).toBeLessThan(2_500);
  });

  it("explains a refused connection", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(fetchFeed(`http://127.0.0.1:${port}/feed.xml`)).rejects.toThrow("refused the connection");
  });
});

describe("parseRetryAfter", () => {
  it("reads seconds and HTTP dates", () => {
    expect(parseRetryAfter("30")).toBe(30_000);
    expect(
      parseRetryAfter("Wed, 25 Nov 2026 10:00:10 GMT", Date.parse("Wed, 25 Nov 2026 10:00:00 GMT")),
    ).toBe(10_000);
    expect(parseRetryAfter("soon")).toBeNull();
    expect(parseRetryAfter(null)).toBeNull();
  });
});

/**
 * Serialised API answers kept in memory, so a hot list or article goes out as ready bytes with its
 * ETag instead of being queried, mapped, serialised and hashed on every request.
 *
 * The Hono middleware (outermost) fills the cache with each 200 JSON answer, headers and all; `serve` answers
 * later requests for the same URL straight from Node's request listener, before the web-standard
 * Request/Response layer, which costs more than everything else once the body is ready.
 *
 * An entry is valid for one state of the database: SQLite's data_version changes when another
 * connection (the ingest CLI, say) commits, total_changes() when this one writes. Any commit thus
 * empties the cache in effect, which suits a news site: writes are rare (a feed poll), reads constant.
 */
import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import type { MiddlewareHandler } from "hono";

type Variant = { body: Buffer; headers: string[] };
type Entry = {
  version: string;
  etag: string;
  cacheControl: string;
  plain: Variant;
  gzipped: Variant | null;
  headers: Record<string, string>;
};

const MAX_ENTRIES = 5_000;
/** Bodies below this size are not worth compressing. */
const GZIP_MIN_BYTES = 1_024;

function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = etag.replace(/^W\//, "");
  return ifNoneMatch === "*" || ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === bare);
}

/** Headers as Node's flat [name, value, …] list, built once per entry rather than per answer. */
function rawHeaders(headers: Record<string, string>, body: Buffer, encoding: "gzip" | null): string[] {
  const list = Object.entries(headers).flat();
  list.push("Content-Length", String(body.length), "Vary", "Accept-Encoding");
  if (encoding) list.push("Content-Encoding", encoding);
  return list;
}

export class ResponseCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly databaseVersion: () => string) {}

  /** Fills the cache; put it inside the ETag middleware so cached answers keep their ETag. */
  middleware(): MiddlewareHandler {
    return async (c, next) => {
      if (c.req.method !== "GET") return next();
      const url = new URL(c.req.url);
      const key = url.pathname + url.search;
      const version = this.databaseVersion();
      await next();
      const type = c.res.headers.get("Content-Type") ?? "";
      // A compressed answer is not the canonical bytes; the next plain one fills the cache.
      if (
        c.res.status !== 200 ||
        !type.startsWith("application/json") ||
        c.res.headers.has("Content-Encoding")
      )
        return;
      const body = Buffer.from(await c.res.clone().arrayBuffer());
      // Weak: the same entry goes out plain or gzipped, which a strong validator must tell apart.
      const given = c.res.headers.get("ETag")?.replace(/^W\//, "");
      const etag = `W/${given ?? `"${createHash("sha1").update(body).digest("base64url")}"`}`;
      const headers = Object.fromEntries(c.res.headers.entries());
      // Per-request or per-encoding headers are written afresh for each answer.
      for (const name of ["content-length", "content-encoding", "x-request-id", "vary", "etag"])
        delete headers[name];
      headers.etag = etag;
      this.remember(key, {
        version,
        etag,
        cacheControl: headers["cache-control"] ?? "no-cache",
        plain: { body, headers: rawHeaders(headers, body, null) },
        gzipped: null,
        headers,
      });
    };
  }

  /** Answers a GET from the cache; false when the request must go through the app. */
  serve(request: IncomingMessage, response: ServerResponse): boolean {
    if (request.method !== "GET" || !request.url?.startsWith("/api/")) return false;
    const entry = this.entries.get(request.url);
    if (!entry || entry.version !== this.databaseVersion()) return false;
    this.remember(request.url, entry);

    if (etagMatches(request.headers["if-none-match"], entry.etag)) {
      response.writeHead(304, ["ETag", entry.etag, "Cache-Control", entry.cacheControl]);
      response.end();
      return true;
    }
    const wantsGzip =
      entry.plain.body.length >= GZIP_MIN_BYTES && /\bgzip\b/.test(request.headers["accept-encoding"] ?? "");
    if (wantsGzip && !entry.gzipped) {
      const body = gzipSync(entry.plain.body);
      entry.gzipped = { body, headers: rawHeaders(entry.headers, body, "gzip") };
    }
    const variant = wantsGzip && entry.gzipped ? entry.gzipped : entry.plain;
    response.writeHead(200, variant.headers);
    response.end(variant.body);
    return true;
  }

  private remember(key: string, entry: Entry): void {
    // Map order is least recently used first.
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }
}

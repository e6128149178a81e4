/**
 * Serialised API answers kept in memory, so a hot list or article is sent as ready bytes with its
 * ETag instead of being queried, mapped, serialised and hashed on every request.
 *
 * An entry is valid for one state of the database: SQLite's data_version changes when another
 * connection (the ingest CLI, say) commits, and total_changes() when this one writes. Any commit
 * therefore empties the cache in effect, which is right for a news site: writes are rare (a feed
 * poll), reads are constant.
 */
import { createHash } from "node:crypto";
import type { MiddlewareHandler } from "hono";

type Entry = { version: string; status: number; body: string; headers: [string, string][] };

export function responseCache(
  databaseVersion: () => string,
  options: { maxEntries: number } = { maxEntries: 5_000 },
): MiddlewareHandler {
  const entries = new Map<string, Entry>();

  return async (c, next) => {
    if (c.req.method !== "GET") return next();
    const url = new URL(c.req.url);
    const key = url.pathname + url.search;
    const version = databaseVersion();
    const hit = entries.get(key);
    if (hit && hit.version === version) {
      // Refresh its place: the map's order is least recently used first.
      entries.delete(key);
      entries.set(key, hit);
      return new Response(hit.body, { status: hit.status, headers: hit.headers });
    }

    await next();
    const type = c.res.headers.get("Content-Type") ?? "";
    if (c.res.status !== 200 || !type.startsWith("application/json")) return;
    const body = await c.res.clone().text();
    const etag = `W/"${createHash("sha1").update(body).digest("base64url")}"`;
    c.res.headers.set("ETag", etag);
    entries.set(key, { version, status: 200, body, headers: [...c.res.headers.entries()] });
    if (entries.size > options.maxEntries) {
      const oldest = entries.keys().next().value;
      if (oldest !== undefined) entries.delete(oldest);
    }
  };
}

import { execFile } from "node:child_process";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { SourceList } from "../../src/shared/schemas";
import { type RunningServer, startServer, temporaryDirectory } from "./support/server-process";

const ROOT = resolve(import.meta.dirname, "../..");
const directory = temporaryDirectory("broadsheet-cache-");
const databaseFile = join(directory.path, "cache.db");
let server: RunningServer;

beforeAll(async () => {
  server = await startServer({ databaseFile });
});
afterAll(async () => {
  await server.stop();
  directory.remove();
});

it("answers repeat requests from the cache with the same bytes, ETag and compression", async () => {
  const first = await server.get("/api/articles?limit=5");
  const second = await server.get("/api/articles?limit=5", { headers: { "Accept-Encoding": "gzip" } });
  expect(await second.text()).toBe(await first.text());
  const weak = (tag: string | null) => tag?.replace(/^W\//, "");
  expect(weak(second.headers.get("etag"))).toBe(weak(first.headers.get("etag")));
  expect(second.headers.get("cache-control")).toBe(first.headers.get("cache-control"));
  expect(second.headers.get("x-content-type-options")).toBe("nosniff");
  expect(second.headers.get("x-request-id")).toBeNull();
  const revalidated = await server.get("/api/articles?limit=5", {
    headers: { "If-None-Match": first.headers.get("etag") ?? "" },
  });
  expect(revalidated.status).toBe(304);
});

it("forgets everything when another process writes to the database", async () => {
  const before = (await (await server.get("/api/sources")).json()) as SourceList;
  await server.get("/api/sources");
  // Asynchronously: a blocked event loop would miss the server closing its idle keep-alive socket
  // and the next request would go out on a dead connection.
  await promisify(execFile)(
    process.execPath,
    ["--import", "tsx", "src/server/ingest/cli.ts", join(ROOT, "tests/fixtures/feeds/atom-html.xml")],
    { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseFile } },
  );
  const after = (await (await server.get("/api/sources")).json()) as SourceList;
  expect(after.items.length).toBe(before.items.length + 1);
});

import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type RunningServer, startServer, temporaryDirectory } from "./support/server-process";

// A small stand-in for vite's output, so this test checks the server's serving rules on their own.
const dist = temporaryDirectory("broadsheet-dist-");
let server: RunningServer;

beforeAll(async () => {
  mkdirSync(join(dist.path, "assets"));
  writeFileSync(
    join(dist.path, "index.html"),
    '<!doctype html><title>Broadsheet</title><div id="root"></div>',
  );
  writeFileSync(join(dist.path, "assets", "main-Ab12Cd34.js"), "console.log('app')");
  // What the build writes beside each script (vite.config.ts), made differently here to tell them apart.
  writeFileSync(join(dist.path, "assets", "main-Ab12Cd34.js.br"), brotliCompressSync("console.log('br')"));
  writeFileSync(join(dist.path, "assets", "main-Ab12Cd34.js.gz"), gzipSync("console.log('gz')"));
  writeFileSync(join(dist.path, "favicon.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
  server = await startServer({ clientDist: dist.path });
});
afterAll(async () => {
  await server.stop();
  dist.remove();
});

it("serves hashed assets with a year-long immutable cache", async () => {
  const response = await server.get("/assets/main-Ab12Cd34.js");
  expect(response.status).toBe(200);
  expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  expect(await response.text()).toMatch(/^console\.log/);
  expect((await server.get("/assets/missing-123.js")).status).toBe(404);
});

it("sends the build's brotli or gzip copy of an asset to a browser that takes it, the plain file otherwise", async () => {
  const asset = "/assets/main-Ab12Cd34.js";
  const cases = [
    { accept: "gzip, deflate, br, zstd", encoding: "br", body: "console.log('br')" },
    { accept: "gzip", encoding: "gzip", body: "console.log('gz')" },
    { accept: "identity", encoding: null, body: "console.log('app')" },
  ];
  for (const { accept, encoding, body } of cases) {
    const response = await server.get(asset, { headers: { "accept-encoding": accept } });
    expect(response.headers.get("content-encoding"), accept).toBe(encoding);
    if (encoding) expect(response.headers.get("vary") ?? "").toMatch(/accept-encoding/i);
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(await response.text()).toBe(body);
  }
});

it("builds a brotli and a gzip copy of every script and stylesheet the browser loads", () => {
  const assets = readdirSync(resolve(import.meta.dirname, "../../dist/client/assets"));
  const sent = assets.filter((name) => /\.(js|css)$/.test(name));
  expect(sent.length).toBeGreaterThan(3);
  for (const name of sent) expect(assets, name).toEqual(expect.arrayContaining([`${name}.br`, `${name}.gz`]));
});

it.each(["/", "/article/anything", "/topic/ai", "/source/civic-circuit", "/search?q=ai"])(
  "answers the client route %s with the app's HTML, revalidated every visit",
  async (path) => {
    const response = await server.get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(response.headers.get("cache-control")).toBe("no-cache");
    expect(await response.text()).toContain('<div id="root">');
  },
);

it("answers a path no route knows with the app's HTML and a 404 status", async () => {
  const response = await server.get("/no/such/page");
  expect(response.status).toBe(404);
  expect(await response.text()).toContain('<div id="root">');
});

it("serves other public files and keeps unknown API paths as problems", async () => {
  expect((await server.get("/favicon.svg")).status).toBe(200);
  const api = await server.get("/api/articles/x/y/z");
  expect(api.status).toBe(404);
  expect(api.headers.get("content-type")).toMatch(/^application\/problem\+json/);
});

it("sends the security headers that still do something, and none of the obsolete ones", async () => {
  const response = await server.get("/");
  expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  expect(response.headers.get("referrer-policy")).toBeTruthy();
  expect(response.headers.get("x-frame-options")).toBe("DENY");
  for (const obsolete of [
    "x-download-options",
    "x-permitted-cross-domain-policies",
    "x-xss-protection",
    "x-dns-prefetch-control",
    // A fresh browsing context group per arrival, for nothing to protect (see app.ts).
    "cross-origin-opener-policy",
  ])
    expect(response.headers.get(obsolete), obsolete).toBeNull();
});

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type RunningServer, startServer, temporaryDirectory } from "./support/server-process";

// A built client whose server-rendering entry always fails: pages must still reach the reader.
const dist = temporaryDirectory("broadsheet-broken-ssr-");
let server: RunningServer;

beforeAll(async () => {
  mkdirSync(join(dist.path, "client"));
  mkdirSync(join(dist.path, "server"));
  writeFileSync(
    join(dist.path, "client", "index.html"),
    '<!doctype html><html><head><!--ssr-head--></head><body><div id="root"><!--ssr-body--></div><script type="module" src="/assets/app.js"></script></body></html>',
  );
  writeFileSync(
    join(dist.path, "server", "entry-server.js"),
    'export async function renderPage() { throw new Error("rendering exploded"); }\n',
  );
  server = await startServer({
    clientDist: join(dist.path, "client"),
    serverDist: join(dist.path, "server"),
    env: { LOG_LEVEL: "error" },
  });
});
afterAll(async () => {
  await server.stop();
  dist.remove();
});

it("sends the client-only shell when server rendering fails", async () => {
  const response = await server.get("/article/anything");
  expect(response.status).toBe(200);
  const html = await response.text();
  expect(html).toContain('<div id="root"></div>');
  expect(html).toContain("<title>Broadsheet</title>");
  expect(html).toContain('src="/assets/app.js"');
  expect(html).not.toContain("rendering exploded");
  expect((await server.get("/no/such/page")).status).toBe(404);
});

it("logs the failure", async () => {
  await server.get("/");
  expect(server.output()).toContain("server rendering failed");
});

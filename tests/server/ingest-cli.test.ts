import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { afterAll, expect, it } from "vitest";
import type { ArticlePage, SourceList } from "../../src/shared/schemas";
import { getJson, startServer, temporaryDirectory } from "./support/server-process";

const ROOT = resolve(import.meta.dirname, "../..");
const FIXTURES = join(ROOT, "tests/fixtures/feeds");
const directory = temporaryDirectory("broadsheet-cli-");
afterAll(() => directory.remove());

function ingest(databaseFile: string, ...feeds: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", "src/server/ingest/cli.ts", ...feeds], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseFile, LOG_LEVEL: "silent" },
    encoding: "utf8",
    timeout: 60_000,
  });
}

it("adds a feed to the database the server uses, where the app then shows it with source and link", async () => {
  const databaseFile = join(directory.path, "cli.db");
  const run = ingest(databaseFile, join(FIXTURES, "rss2-full.xml"));
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/1 feed\(s\): \d+ new, 0 updated, 0 unchanged, 0 failed in [\d.]+ s/);

  const again = ingest(databaseFile, join(FIXTURES, "rss2-full.xml"));
  expect(again.stdout).toMatch(/0 new, 0 updated, \d+ unchanged, 0 failed/);

  const server = await startServer({ databaseFile });
  try {
    const sources = await getJson<SourceList>(server, "/api/sources");
    const source = sources.items.find((item) => item.articleCount > 0 && !item.slug.startsWith("demo"));
    expect(source).toBeDefined();
    const page = await getJson<ArticlePage>(server, `/api/articles?source=${source?.slug}`);
    expect(page.items.length).toBeGreaterThan(0);
    for (const item of page.items) {
      expect(item.source.name).toBe(source?.name);
      expect(item.url).toMatch(/^https?:\/\//);
    }
  } finally {
    await server.stop();
  }
});

it("exits non-zero with the reason on stderr when a feed is refused, and still ingests the others", () => {
  const databaseFile = join(directory.path, "refused.db");
  const run = ingest(databaseFile, join(FIXTURES, "malformed-json.json"), join(FIXTURES, "atom-html.xml"));
  expect(run.status).toBe(1);
  expect(run.stderr).toContain("malformed-json.json: The feed is not valid JSON");
  expect(run.stdout).toMatch(/2 feed\(s\): \d+ new, 0 updated, 0 unchanged, 1 failed/);
});

it("explains its usage when given no feed", () => {
  const run = ingest(join(directory.path, "usage.db"));
  expect(run.status).toBe(2);
  expect(run.stderr).toContain("Usage: npm run ingest");
});

import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, expect, it } from "vitest";
import type { SourceList } from "../../src/shared/schemas";
import { getJson, startServer, temporaryDirectory } from "./support/server-process";

const directory = temporaryDirectory("broadsheet-poll-");
afterAll(() => directory.remove());

it("npm start polls the feeds listed in FEEDS_FILE", async () => {
  const feedsFile = join(directory.path, "feeds.txt");
  const fixture = resolve(import.meta.dirname, "../fixtures/feeds/atom-html.xml");
  writeFileSync(feedsFile, `# feeds to follow\n${fixture}   a local Atom feed\n`);
  const server = await startServer({ env: { FEEDS_FILE: feedsFile, DEMO_CONTENT: "off" } });
  try {
    let sources: SourceList = { items: [] };
    for (
      let attempt = 0;
      attempt < 50 && !sources.items.some((source) => source.articleCount > 0);
      attempt += 1
    ) {
      await new Promise((resolvePromise) => setTimeout(resolvePromise, 100));
      sources = await getJson<SourceList>(server, "/api/sources");
    }
    expect(sources.items).toHaveLength(1);
    expect(sources.items[0]?.articleCount).toBeGreaterThan(0);
  } finally {
    await server.stop();
  }
});

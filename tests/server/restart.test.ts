import { afterAll, expect, it } from "vitest";
import type { SourceList } from "../../src/shared/schemas";
import { getJson, startServer, temporaryDirectory } from "./support/server-process";

const directory = temporaryDirectory("broadsheet-restart-");
afterAll(() => directory.remove());

it("keeps its data across a restart and ingests the demo only once", async () => {
  const databaseFile = `${directory.path}/restart.db`;
  const first = await startServer({ databaseFile });
  const before = await getJson<SourceList>(first, "/api/sources");
  const firstPage = await getJson<{ items: { id: string; slug: string }[] }>(first, "/api/articles?limit=50");
  await first.stop();

  const second = await startServer({ databaseFile });
  const after = await getJson<SourceList>(second, "/api/sources");
  const secondPage = await getJson<{ items: { id: string; slug: string }[] }>(
    second,
    "/api/articles?limit=50",
  );
  await second.stop();

  expect(after).toEqual(before);
  expect(secondPage.items.map((item) => [item.id, item.slug])).toEqual(
    firstPage.items.map((item) => [item.id, item.slug]),
  );
  expect(before.items.reduce((sum, source) => sum + source.articleCount, 0)).toBeGreaterThanOrEqual(40);
});

it("stops on SIGTERM and refuses a PostgreSQL URL at boot with a clear message", async () => {
  await expect(startServer({ env: { DATABASE_URL: "postgres://localhost/broadsheet" } })).rejects.toThrow(
    /PostgreSQL/,
  );
});

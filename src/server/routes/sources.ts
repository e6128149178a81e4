import { Hono } from "hono";
import type { SourceList } from "../../shared/schemas";
import type { AppDeps } from "../app-deps";
import { CACHE } from "../http/cache-control";
import { listSources } from "../queries/sources";

export function sourcesRouter({ db }: AppDeps) {
  return new Hono().get("/", async (c) => {
    c.header("Cache-Control", CACHE.reference);
    return c.json({ items: await listSources(db) } satisfies SourceList);
  });
}

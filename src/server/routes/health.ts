import { Hono } from "hono";
import { sql } from "kysely";
import type { Health } from "../../shared/schemas";
import type { AppDeps } from "../app-deps";
import { CACHE } from "../http/cache-control";

export function healthRouter({ db }: AppDeps) {
  return new Hono().get("/", async (c) => {
    // "ok" only once the store really answers a query.
    await sql`SELECT 1`.execute(db);
    c.header("Cache-Control", CACHE.none);
    return c.json({ status: "ok" } satisfies Health);
  });
}

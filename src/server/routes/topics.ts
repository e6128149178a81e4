import { Hono } from "hono";
import type { TopicList } from "../../shared/schemas";
import type { AppDeps } from "../app-deps";
import { CACHE } from "../http/cache-control";
import { listTopics } from "../queries/topics";

export function topicsRouter({ db }: AppDeps) {
  return new Hono().get("/", async (c) => {
    c.header("Cache-Control", CACHE.reference);
    return c.json({ items: await listTopics(db) } satisfies TopicList);
  });
}

import { Hono } from "hono";
import { type SearchPage, searchQuerySchema } from "../../shared/schemas";
import type { AppDeps } from "../app-deps";
import { InvalidCursorError } from "../db/cursor";
import { CACHE } from "../http/cache-control";
import { invalidParameter, parseParams } from "../http/problem";
import { type SearchMode, searchArticles, searchQueryKey, toFtsQuery } from "../queries/search";

export function searchRouter({ db, cursors }: AppDeps) {
  return new Hono().get("/", async (c) => {
    const query = parseParams(searchQuerySchema, c.req.query());
    const queryKey = searchQueryKey(query.q);
    let after: { score: number; id: number } | undefined;
    let mode: SearchMode = "all";
    if (query.cursor) {
      try {
        const position = cursors.decodeSearch(query.cursor);
        if (position.queryKey !== queryKey) throw new InvalidCursorError("belongs to a different search");
        after = position;
        mode = position.mode;
      } catch (error) {
        if (error instanceof InvalidCursorError) throw invalidParameter("cursor", error.message);
        throw error;
      }
    }

    c.header("Cache-Control", CACHE.list);
    const run = async (searchMode: SearchMode) => {
      const match = toFtsQuery(query.q, searchMode);
      return match ? searchArticles(db, { match, mode: searchMode, limit: query.limit, after }) : null;
    };
    // Every word first; when nothing has them all, any of them, best matches first.
    let result = await run(mode);
    if (!query.cursor && result?.items.length === 0) result = await run("any");
    return c.json({
      items: result?.items ?? [],
      nextCursor: result?.last ? cursors.encode({ kind: "search", queryKey, ...result.last }) : null,
    } satisfies SearchPage);
  });
}

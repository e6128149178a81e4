import { Hono } from "hono";
import type { Article, ArticlePage, RelatedList } from "../../shared/schemas";
import { articleListQuerySchema, relatedQuerySchema, slugPathSchema } from "../../shared/schemas";
import type { AppDeps } from "../app-deps";
import { InvalidCursorError } from "../db/cursor";
import { CACHE } from "../http/cache-control";
import { invalidParameter, notFound, parseParams } from "../http/problem";
import { findArticleBySlug, findArticleIdBySlug, listArticles } from "../queries/articles";
import { listRelatedArticles } from "../queries/related";
import { findSourceIdBySlug } from "../queries/sources";
import { findTopicIdBySlug } from "../queries/topics";

export function articlesRouter({ db, cursors }: AppDeps) {
  return new Hono()
    .get("/", async (c) => {
      const query = parseParams(articleListQuerySchema, c.req.query());
      let after: ReturnType<typeof cursors.decodeList> | undefined;
      if (query.cursor) {
        try {
          after = cursors.decodeList(query.cursor);
        } catch (error) {
          if (error instanceof InvalidCursorError) throw invalidParameter("cursor", error.message);
          throw error;
        }
      }
      const topicId = query.topic ? await findTopicIdBySlug(db, query.topic) : undefined;
      if (topicId === null) throw notFound(`There is no topic "${query.topic}".`);
      const sourceId = query.source ? await findSourceIdBySlug(db, query.source) : undefined;
      if (sourceId === null) throw notFound(`There is no source "${query.source}".`);

      const page = await listArticles(db, { limit: query.limit, after, topicId, sourceId });
      c.header("Cache-Control", CACHE.list);
      return c.json({
        items: page.items,
        nextCursor: page.last ? cursors.encode(page.last) : null,
      } satisfies ArticlePage);
    })
    .get("/:slug", async (c) => {
      const { slug } = parseParams(slugPathSchema, c.req.param());
      const article = await findArticleBySlug(db, slug);
      if (!article) throw notFound(`There is no article "${slug}".`);
      c.header("Cache-Control", CACHE.article);
      return c.json(article satisfies Article);
    })
    .get("/:slug/related", async (c) => {
      const { slug } = parseParams(slugPathSchema, c.req.param());
      const { limit } = parseParams(relatedQuerySchema, c.req.query());
      const id = await findArticleIdBySlug(db, slug);
      if (id === null) throw notFound(`There is no article "${slug}".`);
      c.header("Cache-Control", CACHE.list);
      return c.json({ items: await listRelatedArticles(db, id, limit) } satisfies RelatedList);
    });
}

import { Hono } from "hono";
import { slugPathSchema } from "../../shared/schemas";
import type { AppDeps } from "../app-deps";
import { notFound, parseParams } from "../http/problem";
import { cachedShareCard } from "../pages/share-card";
import { findArticleBySlug } from "../queries/articles";

export function shareCardsRouter({ db, shareCardDirectory }: AppDeps) {
  return new Hono().get("/share-card/:file{[a-z0-9-]+\\.png}", async (c) => {
    const { slug } = parseParams(slugPathSchema, { slug: c.req.param("file").replace(/\.png$/, "") });
    const article = await findArticleBySlug(db, slug);
    if (!article) throw notFound(`There is no article "${slug}".`);
    const png = await cachedShareCard(shareCardDirectory, {
      slug,
      title: article.title,
      sourceName: article.source.name,
    });
    return c.body(new Uint8Array(png), 200, {
      "Content-Type": "image/png",
      "Cache-Control": "public, max-age=86400, stale-while-revalidate=604800",
    });
  });
}

import type { Kysely } from "kysely";
import type { RelatedArticle } from "../../shared/schemas";
import type { Database } from "../db/tables";
import { selectArticleSummaries, topicsByArticle } from "./article-rows";
import { toArticleSummary } from "./map-article";

/** The stored related list (see ingest/related-articles.ts for how it is computed), best first. */
export async function listRelatedArticles(
  db: Kysely<Database>,
  articleId: number,
  limit: number,
): Promise<RelatedArticle[]> {
  const rows = await selectArticleSummaries(db)
    .innerJoin("related_articles as r", "r.related_id", "a.id")
    .select(["r.reason"])
    .where("r.article_id", "=", articleId)
    .where("r.related_id", "!=", articleId)
    .orderBy("r.score", "desc")
    .orderBy("r.related_id", "desc")
    .limit(limit)
    .execute();
  const topics = await topicsByArticle(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({ ...toArticleSummary(row, topics.get(row.id) ?? []), reason: row.reason }));
}

import type { Kysely } from "kysely";
import type { RelatedArticle } from "../../shared/schemas";
import { sqliteOf } from "../db/connection";
import type { Database } from "../db/tables";
import { selectArticleSummaries, topicsByArticle } from "./article-rows";
import { toArticleSummary } from "./map-article";
import { rankRelated } from "./related-ranking";

/** The article's related reading (see related-ranking.ts for how it is chosen), best first. */
export async function listRelatedArticles(
  db: Kysely<Database>,
  articleId: number,
  limit: number,
): Promise<RelatedArticle[]> {
  const ranked = rankRelated(sqliteOf(db), articleId, limit, Date.now());
  if (ranked.length === 0) return [];
  const ids = ranked.map((entry) => entry.id);
  const rows = await selectArticleSummaries(db).where("a.id", "in", ids).execute();
  const byId = new Map(rows.map((row) => [row.id, row]));
  const topics = await topicsByArticle(db, ids);
  return ranked.flatMap((entry) => {
    const row = byId.get(entry.id);
    return row ? [{ ...toArticleSummary(row, topics.get(row.id) ?? []), reason: entry.reason }] : [];
  });
}

/** Shared selects for article payloads: the summary columns with the source joined, and topics. */
import type { Kysely } from "kysely";
import type { TopicRef } from "../../shared/schemas";
import type { Database } from "../db/tables";

export function selectArticleSummaries(db: Kysely<Database>) {
  return db
    .selectFrom("articles as a")
    .innerJoin("sources as s", "s.id", "a.source_id")
    .select([
      "a.id",
      "a.slug",
      "a.title",
      "a.excerpt",
      "a.author",
      "a.url",
      "a.image_url",
      "a.published_at",
      "a.published_ts",
      "a.reading_minutes",
      "s.slug as source_slug",
      "s.name as source_name",
      "s.site_url as source_site_url",
    ]);
}

/** Topics of many articles in one query, main topic first. */
export async function topicsByArticle(
  db: Kysely<Database>,
  articleIds: readonly number[],
): Promise<Map<number, TopicRef[]>> {
  const byArticle = new Map<number, TopicRef[]>();
  if (articleIds.length === 0) return byArticle;
  const rows = await db
    .selectFrom("article_topics as at")
    .innerJoin("topics as t", "t.id", "at.topic_id")
    .select(["at.article_id", "t.slug", "t.name"])
    .where("at.article_id", "in", articleIds)
    .orderBy("at.article_id")
    .orderBy("at.position")
    .execute();
  for (const row of rows) {
    const list = byArticle.get(row.article_id) ?? [];
    list.push({ slug: row.slug, name: row.name });
    byArticle.set(row.article_id, list);
  }
  return byArticle;
}

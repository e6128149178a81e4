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

export type ListFilters = { topicId?: number | undefined; sourceId?: number | undefined };

/**
 * Summaries as every list shows them: one card per story, so another publisher's copy appears only
 * on that publisher's own page; optionally one topic's or one source's.
 */
export function selectListedArticles(db: Kysely<Database>, filters: ListFilters) {
  const { topicId, sourceId } = filters;
  return selectArticleSummaries(db)
    .$if(topicId !== undefined, (query) =>
      query
        .innerJoin("article_topics as at", "at.article_id", "a.id")
        .where("at.topic_id", "=", topicId ?? -1),
    )
    .$if(sourceId === undefined, (query) => query.where("a.duplicate_of", "is", null))
    .$if(sourceId !== undefined, (query) => query.where("a.source_id", "=", sourceId ?? -1));
}

/**
 * The columns a list is ordered and paged by: a topic's list walks article_topics' own copy of the
 * date, so the (topic_id, published_ts, article_id) index serves it without a sort.
 */
export function listSortColumns(filters: ListFilters) {
  return filters.topicId === undefined
    ? ({ publishedTs: "a.published_ts", id: "a.id" } as const)
    : ({ publishedTs: "at.published_ts", id: "at.article_id" } as const);
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

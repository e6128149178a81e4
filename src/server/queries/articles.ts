import type { Kysely } from "kysely";
import type { Article, ArticleSummary } from "../../shared/schemas";
import type { ListPosition } from "../db/cursor";
import type { Database } from "../db/tables";
import { selectArticleSummaries, topicsByArticle } from "./article-rows";
import { toArticle, toArticleSummary } from "./map-article";

export type ArticleListOptions = {
  limit: number;
  after?: ListPosition | undefined;
  topicId?: number | undefined;
  sourceId?: number | undefined;
};

export type ArticleListResult = { items: ArticleSummary[]; last: ListPosition | null };

/**
 * Newest first by (published_ts, id), walked by keyset: each page starts strictly after the last
 * row of the previous one, so inserts while a reader pages never repeat or skip an article.
 */
export async function listArticles(
  db: Kysely<Database>,
  options: ArticleListOptions,
): Promise<ArticleListResult> {
  let query = selectArticleSummaries(db);
  if (options.topicId !== undefined) {
    query = query
      .innerJoin("article_topics as at", "at.article_id", "a.id")
      .where("at.topic_id", "=", options.topicId);
  }
  if (options.sourceId !== undefined) query = query.where("a.source_id", "=", options.sourceId);
  const after = options.after;
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb("a.published_ts", "<", after.publishedTs),
        eb.and([eb("a.published_ts", "=", after.publishedTs), eb("a.id", "<", after.id)]),
      ]),
    );
  }
  const rows = await query
    .orderBy("a.published_ts", "desc")
    .orderBy("a.id", "desc")
    .limit(options.limit + 1)
    .execute();

  const page = rows.slice(0, options.limit);
  const topics = await topicsByArticle(
    db,
    page.map((row) => row.id),
  );
  const lastRow = page.at(-1);
  return {
    items: page.map((row) => toArticleSummary(row, topics.get(row.id) ?? [])),
    last:
      rows.length > options.limit && lastRow
        ? { kind: "list", publishedTs: lastRow.published_ts, id: lastRow.id }
        : null,
  };
}

export async function findArticleBySlug(db: Kysely<Database>, slug: string): Promise<Article | null> {
  const row = await selectArticleSummaries(db)
    .select(["a.content_html", "a.updated_at", "a.word_count"])
    .where("a.slug", "=", slug)
    .executeTakeFirst();
  if (!row) return null;
  const topics = await topicsByArticle(db, [row.id]);
  return toArticle(row, topics.get(row.id) ?? []);
}

export async function findArticleIdBySlug(db: Kysely<Database>, slug: string): Promise<number | null> {
  const row = await db.selectFrom("articles").select("id").where("slug", "=", slug).executeTakeFirst();
  return row?.id ?? null;
}

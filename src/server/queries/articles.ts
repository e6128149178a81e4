import { type Kysely, sql } from "kysely";
import type { Article, ArticleSummary } from "../../shared/schemas";
import type { ListPosition } from "../db/cursor";
import type { Database } from "../db/tables";
import {
  listSortColumns,
  selectArticleSummaries,
  selectListedArticles,
  topicsByArticle,
} from "./article-rows";
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
  let query = selectListedArticles(db, options);
  const sort = listSortColumns(options);
  const publishedTs = sql.ref<number>(sort.publishedTs);
  const id = sql.ref<number>(sort.id);
  const after = options.after;
  if (after) {
    // A row value: SQLite seeks the (published_ts, id) index straight to the cursor. The same test
    // spelt with OR is read by walking the index from the newest row, which grows with the depth.
    query = query.where(sql<boolean>`(${publishedTs}, ${id}) < (${after.publishedTs}, ${after.id})`);
  }
  const rows = await query
    .orderBy(sql`${publishedTs} desc`)
    .orderBy(sql`${id} desc`)
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

/** An article by slug; a later publisher's copy answers with the story's first publication. */
export async function findArticleBySlug(db: Kysely<Database>, slug: string): Promise<Article | null> {
  const found = await db
    .selectFrom("articles")
    .select(["id", "duplicate_of"])
    .where("slug", "=", slug)
    .executeTakeFirst();
  if (!found) return null;
  const storyId = found.duplicate_of ?? found.id;
  const row = await selectArticleSummaries(db)
    .select(["a.content_html", "a.updated_at", "a.word_count"])
    .where("a.id", "=", storyId)
    .executeTakeFirst();
  if (!row) return null;
  const [topics, tags, carriers] = await Promise.all([
    topicsByArticle(db, [row.id]),
    db
      .selectFrom("article_tags as at")
      .innerJoin("tags as t", "t.id", "at.tag_id")
      .select(["t.slug", "t.name"])
      .where("at.article_id", "=", row.id)
      .orderBy("t.name")
      .execute(),
    db
      .selectFrom("articles as a")
      .innerJoin("sources as s", "s.id", "a.source_id")
      .select(["a.url", "s.slug", "s.name", "s.site_url"])
      .where("a.duplicate_of", "=", row.id)
      .orderBy("a.published_ts")
      .execute(),
  ]);
  return toArticle(
    row,
    topics.get(row.id) ?? [],
    tags,
    carriers.map((carrier) => ({
      source: { slug: carrier.slug, name: carrier.name, url: carrier.site_url },
      url: carrier.url,
    })),
  );
}

export async function findArticleIdBySlug(db: Kysely<Database>, slug: string): Promise<number | null> {
  const row = await db.selectFrom("articles").select("id").where("slug", "=", slug).executeTakeFirst();
  return row?.id ?? null;
}

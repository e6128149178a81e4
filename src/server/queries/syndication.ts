import { type Kysely, sql } from "kysely";
import type { Database } from "../db/tables";
import { listSortColumns, selectListedArticles, topicsByArticle } from "./article-rows";
import { type ArticleSummaryRow, toArticleSummary } from "./map-article";

export type SyndicatedArticle = ReturnType<typeof toArticleSummary> & {
  contentHtml: string;
  updatedAt: string | null;
  publishedTs: number;
};

/** The latest stories with their bodies, for feeds out; filtered like the lists they mirror. */
export async function latestForSyndication(
  db: Kysely<Database>,
  options: { limit: number; topicId?: number; sourceId?: number },
): Promise<SyndicatedArticle[]> {
  const query = selectListedArticles(db, options).select(["a.content_html", "a.updated_at"]);
  const sort = listSortColumns(options);
  const rows = await query
    .orderBy(sql`${sql.ref(sort.publishedTs)} desc`)
    .orderBy(sql`${sql.ref(sort.id)} desc`)
    .limit(options.limit)
    .execute();
  const topics = await topicsByArticle(
    db,
    rows.map((row) => row.id),
  );
  return rows.map(
    (row: ArticleSummaryRow & { content_html: string; updated_at: string | null; published_ts: number }) => ({
      ...toArticleSummary(row, topics.get(row.id) ?? []),
      contentHtml: row.content_html,
      updatedAt: row.updated_at,
      publishedTs: row.published_ts,
    }),
  );
}

/** Every story's path and last change, for sitemaps, newest first, in pages. */
export async function sitemapEntries(
  db: Kysely<Database>,
  options: { offset: number; limit: number; sinceTs?: number },
): Promise<
  { slug: string; title: string; published_at: string; updated_at: string | null; source_name: string }[]
> {
  let query = db
    .selectFrom("articles as a")
    .innerJoin("sources as s", "s.id", "a.source_id")
    .select(["a.slug", "a.title", "a.published_at", "a.updated_at", "s.name as source_name"])
    .where("a.duplicate_of", "is", null);
  if (options.sinceTs !== undefined) query = query.where("a.published_ts", ">=", options.sinceTs);
  return query
    .orderBy("a.published_ts", "desc")
    .orderBy("a.id", "desc")
    .offset(options.offset)
    .limit(options.limit)
    .execute();
}

export async function countStories(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom("articles")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("duplicate_of", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

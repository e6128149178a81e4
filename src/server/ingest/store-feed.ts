/**
 * Writes one feed's articles in one transaction: all of a feed lands, or none of it does. An item
 * seen before (same source and guid) is updated in place and keeps its slug and first-seen time.
 */
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../db/tables";
import { slugify } from "../text/slug";
import type { PreparedArticle } from "./prepare-article";
import { refreshRelated } from "./related-articles";
import { SITE_TOPICS } from "./site-topics";

export type FeedSource = { feedUrl: string; format: string; title: string; siteUrl: string };
export type StoreSummary = { sourceSlug: string; created: number; updated: number; unchanged: number };

async function uniqueSlug(
  trx: Transaction<Database>,
  table: "articles" | "sources",
  wanted: string,
  fallback: string,
): Promise<string> {
  const base = wanted || fallback;
  for (let attempt = 1; ; attempt += 1) {
    const candidate = attempt === 1 ? base : `${base}-${attempt}`;
    const taken = await trx.selectFrom(table).select("id").where("slug", "=", candidate).executeTakeFirst();
    if (!taken) return candidate;
  }
}

async function ensureTopics(trx: Transaction<Database>): Promise<Map<string, number>> {
  await trx
    .insertInto("topics")
    .values(SITE_TOPICS.map(({ slug, name }) => ({ slug, name })))
    .onConflict((oc) => oc.column("slug").doNothing())
    .execute();
  const rows = await trx.selectFrom("topics").select(["id", "slug"]).execute();
  return new Map(rows.map((row) => [row.slug, row.id]));
}

async function upsertSource(trx: Transaction<Database>, source: FeedSource, now: string) {
  const existing = await trx
    .selectFrom("sources")
    .selectAll()
    .where("feed_url", "=", source.feedUrl)
    .executeTakeFirst();
  if (existing) {
    await trx
      .updateTable("sources")
      .set({
        name: source.title || existing.name,
        site_url: source.siteUrl || existing.site_url,
        feed_format: source.format,
      })
      .where("id", "=", existing.id)
      .execute();
    return { id: existing.id, slug: existing.slug };
  }
  const host = (() => {
    try {
      return new URL(source.siteUrl).hostname;
    } catch {
      return "";
    }
  })();
  const slug = await uniqueSlug(trx, "sources", slugify(source.title || host), "source");
  const inserted = await trx
    .insertInto("sources")
    .values({
      slug,
      name: source.title || host || source.feedUrl,
      site_url: source.siteUrl,
      feed_url: source.feedUrl,
      feed_format: source.format,
      created_at: now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { id: inserted.id, slug };
}

async function setTopics(
  trx: Transaction<Database>,
  articleId: number,
  article: PreparedArticle,
  topicIds: Map<string, number>,
): Promise<void> {
  await trx.deleteFrom("article_topics").where("article_id", "=", articleId).execute();
  const rows = article.topics.flatMap((topic, position) => {
    const topicId = topicIds.get(topic.slug);
    return topicId === undefined
      ? []
      : [{ article_id: articleId, topic_id: topicId, position, published_ts: article.publishedTs }];
  });
  if (rows.length > 0) await trx.insertInto("article_topics").values(rows).execute();
}

export async function storeFeed(
  db: Kysely<Database>,
  source: FeedSource,
  articles: readonly PreparedArticle[],
  seenAt: Date,
): Promise<StoreSummary> {
  const now = seenAt.toISOString();
  return db.transaction().execute(async (trx) => {
    const topicIds = await ensureTopics(trx);
    const stored = await upsertSource(trx, source, now);
    const summary: StoreSummary = { sourceSlug: stored.slug, created: 0, updated: 0, unchanged: 0 };
    const changedIds: number[] = [];
    const seenGuids = new Set<string>();

    for (const article of articles) {
      // A feed that lists the same item twice keeps the first (newest-first feeds list the latest).
      if (seenGuids.has(article.guid)) continue;
      seenGuids.add(article.guid);

      const existing = await trx
        .selectFrom("articles")
        .select([
          "id",
          "content_hash",
          "published_at",
          "published_ts",
          "author",
          "image_url",
          "url",
          "excerpt",
        ])
        .where("source_id", "=", stored.id)
        .where("guid", "=", article.guid)
        .executeTakeFirst();

      const values = {
        url: article.url,
        title: article.title,
        excerpt: article.excerpt,
        author: article.author,
        image_url: article.imageUrl,
        content_html: article.contentHtml,
        content_text: article.contentText,
        word_count: article.wordCount,
        reading_minutes: article.readingMinutes,
        content_hash: article.contentHash,
      };

      if (!existing) {
        const slug = await uniqueSlug(trx, "articles", slugify(article.title), "article");
        const inserted = await trx
          .insertInto("articles")
          .values({
            ...values,
            slug,
            source_id: stored.id,
            guid: article.guid,
            published_at: article.publishedAt,
            published_ts: article.publishedTs,
            updated_at: article.updatedAt,
            first_seen_at: now,
          })
          .returning("id")
          .executeTakeFirstOrThrow();
        await setTopics(trx, inserted.id, article, topicIds);
        changedIds.push(inserted.id);
        summary.created += 1;
        continue;
      }

      // An item without a date keeps the date it was first given, so it does not jump to the top.
      const published = article.dateMissing
        ? { at: existing.published_at, ts: existing.published_ts }
        : { at: article.publishedAt, ts: article.publishedTs };
      const unchanged =
        existing.content_hash === article.contentHash &&
        existing.published_ts === published.ts &&
        existing.author === article.author &&
        existing.image_url === article.imageUrl &&
        existing.url === article.url &&
        existing.excerpt === article.excerpt;
      if (unchanged) {
        summary.unchanged += 1;
        continue;
      }
      await trx
        .updateTable("articles")
        .set({
          ...values,
          published_at: published.at,
          published_ts: published.ts,
          updated_at: article.updatedAt ?? now,
        })
        .where("id", "=", existing.id)
        .execute();
      await setTopics(trx, existing.id, { ...article, publishedTs: published.ts }, topicIds);
      changedIds.push(existing.id);
      summary.updated += 1;
    }

    await refreshRelated(trx, changedIds, seenAt.getTime());
    return summary;
  });
}

/**
 * Writes one feed's articles in one transaction: all of a feed lands, or none of it does. An item
 * seen before (same source and guid, else link, else text) is updated in place and keeps its slug
 * and first-seen time; another publisher's copy of a story is folded into it.
 */
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../db/tables";
import { encodeFingerprint } from "../text/fingerprint";
import { labelSlug, slugify } from "../text/slug";
import { contentWords } from "../text/terms";
import { documentFrequencies, forgetDocumentFrequencies } from "./document-frequencies";
import type { PreparedArticle } from "./prepare-article";
import { refreshRelated } from "./related-articles";
import { SITE_TOPICS } from "./site-topics";
import { findStoryOf, foldIntoStory, saveFingerprint } from "./story-folding";

export type FeedSource = { feedUrl: string; format: string; title: string; siteUrl: string };
export type StoreSummary = { sourceSlug: string; created: number; updated: number; unchanged: number };

type Trx = Transaction<Database>;

async function uniqueSlug(
  trx: Trx,
  table: "articles" | "sources" | "tags",
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

async function ensureTopics(trx: Trx): Promise<Map<string, number>> {
  await trx
    .insertInto("topics")
    .values(SITE_TOPICS.map(({ slug, name }) => ({ slug, name })))
    .onConflict((oc) => oc.column("slug").doNothing())
    .execute();
  const rows = await trx.selectFrom("topics").select(["id", "slug"]).execute();
  return new Map(rows.map((row) => [row.slug, row.id]));
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return "";
  }
}

/** Finds or creates the source row for a feed; the name and site follow what the feed says now. */
export async function upsertSource(
  trx: Trx,
  source: FeedSource,
  now: string,
): Promise<{ id: number; slug: string }> {
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
  const host = hostOf(source.siteUrl) || hostOf(source.feedUrl);
  const slug = await uniqueSlug(trx, "sources", slugify(source.title || host), "source");
  const inserted = await trx
    .insertInto("sources")
    .values({
      slug,
      name: source.title || host || "Untitled feed",
      site_url: source.siteUrl,
      feed_url: source.feedUrl,
      feed_format: source.format,
      created_at: now,
      etag: null,
      last_modified: null,
      last_fetched_at: null,
      last_success_at: null,
      last_error: null,
      last_error_at: null,
      next_fetch_at: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { id: inserted.id, slug };
}

async function setTopicsAndTags(
  trx: Trx,
  articleId: number,
  article: PreparedArticle,
  publishedTs: number,
  topicIds: Map<string, number>,
): Promise<void> {
  await trx.deleteFrom("article_topics").where("article_id", "=", articleId).execute();
  const topicRows = article.topics.flatMap((topic, position) => {
    const topicId = topicIds.get(topic.slug);
    return topicId === undefined
      ? []
      : [{ article_id: articleId, topic_id: topicId, position, published_ts: publishedTs }];
  });
  if (topicRows.length > 0) await trx.insertInto("article_topics").values(topicRows).execute();

  await trx.deleteFrom("article_tags").where("article_id", "=", articleId).execute();
  for (const name of article.tags) {
    const slug = labelSlug(name);
    if (!slug) continue;
    const tag =
      (await trx.selectFrom("tags").select("id").where("slug", "=", slug).executeTakeFirst()) ??
      (await trx.insertInto("tags").values({ slug, name }).returning("id").executeTakeFirstOrThrow());
    await trx
      .insertInto("article_tags")
      .values({ article_id: articleId, tag_id: tag.id })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}

async function findExisting(trx: Trx, sourceId: number, article: PreparedArticle) {
  const base = trx
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
      "guid",
    ])
    .where("source_id", "=", sourceId);
  return (
    (await base.where("guid", "=", article.guid).executeTakeFirst()) ??
    (article.canonicalUrl
      ? await base.where("canonical_url", "=", article.canonicalUrl).executeTakeFirst()
      : undefined) ??
    (await base.where("content_hash", "=", article.contentHash).executeTakeFirst())
  );
}

export async function storeFeed(
  db: Kysely<Database>,
  source: FeedSource,
  articles: readonly PreparedArticle[],
  seenAt: Date,
): Promise<StoreSummary> {
  const now = seenAt.toISOString();
  const frequencies = await documentFrequencies(db);
  const addedTerms: string[][] = [];
  try {
    return await db.transaction().execute(async (trx) => {
      const topicIds = await ensureTopics(trx);
      const stored = await upsertSource(trx, source, now);
      const summary: StoreSummary = { sourceSlug: stored.slug, created: 0, updated: 0, unchanged: 0 };
      const changedIds = new Set<number>();
      const noLongerStories = new Set<number>();
      const seenGuids = new Set<string>();

      for (const article of articles) {
        // A feed that lists the same item twice keeps the first (feeds list the latest first).
        if (seenGuids.has(article.guid)) continue;
        seenGuids.add(article.guid);

        const values = {
          url: article.url,
          canonical_url: article.canonicalUrl,
          title: article.title,
          excerpt: article.excerpt,
          author: article.author,
          image_url: article.imageUrl,
          content_html: article.contentHtml,
          content_text: article.contentText,
          word_count: article.wordCount,
          reading_minutes: article.readingMinutes,
          content_hash: article.contentHash,
          fingerprint: article.fingerprint ? encodeFingerprint(article.fingerprint) : null,
        };
        const existing = await findExisting(trx, stored.id, article);

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
              date_missing: article.dateMissing ? 1 : 0,
              updated_at: article.updatedAt,
              first_seen_at: now,
              duplicate_of: null,
            })
            .returning("id")
            .executeTakeFirstOrThrow();
          await setTopicsAndTags(trx, inserted.id, article, article.publishedTs, topicIds);
          await saveFingerprint(trx, inserted.id, article.fingerprint);
          const story = await findStoryOf(trx, { id: inserted.id, sourceId: stored.id, ...article });
          if (story !== null)
            for (const id of await foldIntoStory(trx, inserted.id, story)) noLongerStories.add(id);
          changedIds.add(inserted.id);
          addedTerms.push(contentWords(`${article.title} ${article.excerpt} ${article.contentText}`));
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
        await setTopicsAndTags(trx, existing.id, article, published.ts, topicIds);
        await saveFingerprint(trx, existing.id, article.fingerprint);
        changedIds.add(existing.id);
        summary.updated += 1;
      }

      // Copies leave every related list; the stories they joined and everything new get fresh lists.
      if (noLongerStories.size > 0) {
        await trx
          .deleteFrom("related_articles")
          .where("related_id", "in", [...noLongerStories])
          .execute();
        await trx
          .deleteFrom("related_articles")
          .where("article_id", "in", [...noLongerStories])
          .execute();
      }
      const stories = await trx
        .selectFrom("articles")
        .select("id")
        .where("id", "in", changedIds.size > 0 ? [...changedIds] : [-1])
        .where("duplicate_of", "is", null)
        .execute();
      // The new words count before related lists are computed, so they can connect new articles.
      for (const terms of addedTerms) frequencies.addDocument(terms);
      await refreshRelated(
        trx,
        stories.map((row) => row.id),
        frequencies,
        seenAt.getTime(),
      );
      return summary;
    });
  } catch (error) {
    // The rolled-back articles' words were counted: read the counts afresh next time.
    forgetDocumentFrequencies(db);
    throw error;
  }
}

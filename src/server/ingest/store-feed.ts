/**
 * Writes one feed's articles in one transaction: all of a feed lands, or none of it does. An item
 * seen before (same source and guid, else link, else text) is updated in place and keeps its slug
 * and first-seen time; another publisher's copy of a story is folded into it.
 *
 * The transaction is synchronous, on statements prepared once (db/prepared.ts): nothing else can
 * run on the connection half-way through a feed. Related lists are not written here: they are
 * ranked when read, from the word vectors stored here (queries/related-ranking.ts). The feed's new
 * stories enter the search index in one statement at its end (search-index.ts), and its bucket and
 * vector rows are written then too, in key order.
 */
import type SqliteDatabase from "better-sqlite3";
import type { Kysely } from "kysely";
import { sqliteOf } from "../db/connection";
import { prepared } from "../db/prepared";
import type { Database } from "../db/tables";
import { encodeFingerprint } from "../text/fingerprint";
import { labelSlug, slugify } from "../text/slug";
import { documentFrequencies, forgetDocumentFrequencies } from "./document-frequencies";
import type { PreparedArticle } from "./prepare-article";
import { indexingNewStoriesAtEnd } from "./search-index";
import { SITE_TOPICS } from "./site-topics";
import {
  type BucketRow,
  bucketRows,
  findStoryOf,
  foldIntoStory,
  forgetFingerprintBuckets,
  saveFingerprintBuckets,
} from "./story-folding";
import { forgetTermVector, type StoryVector, saveTermVectors } from "./story-vectors";
import { termVector } from "./term-vector";

export type FeedSource = { feedUrl: string; format: string; title: string; siteUrl: string };
export type StoreSummary = { sourceSlug: string; created: number; updated: number; unchanged: number };

type Sqlite = SqliteDatabase.Database;
type ExistingArticle = {
  id: number;
  contentHash: string;
  publishedAt: string;
  publishedTs: number;
  author: string | null;
  imageUrl: string | null;
  url: string;
  excerpt: string;
};

function uniqueSlug(
  sqlite: Sqlite,
  table: "articles" | "sources" | "tags",
  wanted: string,
  fallback: string,
) {
  const taken = prepared<[string], { id: number }>(sqlite, `SELECT id FROM ${table} WHERE slug = ?`);
  const base = wanted || fallback;
  for (let attempt = 1; ; attempt += 1) {
    const candidate = attempt === 1 ? base : `${base}-${attempt}`;
    if (!taken.get(candidate)) return candidate;
  }
}

function ensureTopics(sqlite: Sqlite): Map<string, number> {
  const insert = prepared(
    sqlite,
    "INSERT INTO topics (slug, name) VALUES (?, ?) ON CONFLICT (slug) DO NOTHING",
  );
  for (const { slug, name } of SITE_TOPICS) insert.run(slug, name);
  const rows = prepared<[], { id: number; slug: string }>(sqlite, "SELECT id, slug FROM topics").all();
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
function upsertSource(sqlite: Sqlite, source: FeedSource, now: string): { id: number; slug: string } {
  const existing = prepared<[string], { id: number; slug: string; name: string; siteUrl: string }>(
    sqlite,
    "SELECT id, slug, name, site_url AS siteUrl FROM sources WHERE feed_url = ?",
  ).get(source.feedUrl);
  if (existing) {
    prepared(sqlite, "UPDATE sources SET name = ?, site_url = ?, feed_format = ? WHERE id = ?").run(
      source.title || existing.name,
      source.siteUrl || existing.siteUrl,
      source.format,
      existing.id,
    );
    return { id: existing.id, slug: existing.slug };
  }
  const host = hostOf(source.siteUrl) || hostOf(source.feedUrl);
  const slug = uniqueSlug(sqlite, "sources", slugify(source.title || host), "source");
  const inserted = prepared<unknown[], { id: number }>(
    sqlite,
    `INSERT INTO sources (slug, name, site_url, feed_url, feed_format, created_at)
     VALUES (?, ?, ?, ?, ?, ?) RETURNING id`,
  ).get(slug, source.title || host || "Untitled feed", source.siteUrl, source.feedUrl, source.format, now);
  if (!inserted) throw new Error("The source row was not written");
  return { id: inserted.id, slug };
}

function setTopicsAndTags(
  sqlite: Sqlite,
  articleId: number,
  article: PreparedArticle,
  publishedTs: number,
  topicIds: ReadonlyMap<string, number>,
  isNew: boolean,
): void {
  if (!isNew) prepared(sqlite, "DELETE FROM article_topics WHERE article_id = ?").run(articleId);
  const insertTopic = prepared(
    sqlite,
    "INSERT INTO article_topics (article_id, topic_id, position, published_ts) VALUES (?, ?, ?, ?)",
  );
  article.topics.forEach((topic, position) => {
    const topicId = topicIds.get(topic.slug);
    if (topicId !== undefined) insertTopic.run(articleId, topicId, position, publishedTs);
  });

  if (!isNew) prepared(sqlite, "DELETE FROM article_tags WHERE article_id = ?").run(articleId);
  const findTag = prepared<[string], { id: number }>(sqlite, "SELECT id FROM tags WHERE slug = ?");
  const insertTag = prepared<[string, string], { id: number }>(
    sqlite,
    "INSERT INTO tags (slug, name) VALUES (?, ?) RETURNING id",
  );
  const tagArticle = prepared(
    sqlite,
    "INSERT INTO article_tags (article_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
  );
  for (const name of article.tags) {
    const slug = labelSlug(name);
    if (!slug) continue;
    const tag = findTag.get(slug) ?? insertTag.get(slug, name);
    if (tag) tagArticle.run(articleId, tag.id);
  }
}

function findExisting(
  sqlite: Sqlite,
  sourceId: number,
  article: PreparedArticle,
): ExistingArticle | undefined {
  const columns = `id, content_hash AS contentHash, published_at AS publishedAt, published_ts AS publishedTs,
    author, image_url AS imageUrl, url, excerpt`;
  const byColumn = (column: "guid" | "canonical_url" | "content_hash") =>
    prepared<[number, string], ExistingArticle>(
      sqlite,
      `SELECT ${columns} FROM articles WHERE source_id = ? AND ${column} = ? LIMIT 1`,
    );
  return (
    byColumn("guid").get(sourceId, article.guid) ??
    (article.canonicalUrl ? byColumn("canonical_url").get(sourceId, article.canonicalUrl) : undefined) ??
    byColumn("content_hash").get(sourceId, article.contentHash)
  );
}

function contentValues(article: PreparedArticle) {
  return {
    url: article.url,
    canonicalUrl: article.canonicalUrl,
    title: article.title,
    excerpt: article.excerpt,
    author: article.author,
    imageUrl: article.imageUrl,
    contentHtml: article.contentHtml,
    contentText: article.contentText,
    wordCount: article.wordCount,
    readingMinutes: article.readingMinutes,
    contentHash: article.contentHash,
    fingerprint: article.fingerprint ? encodeFingerprint(article.fingerprint) : null,
  };
}

function insertArticle(sqlite: Sqlite, sourceId: number, article: PreparedArticle, now: string): number {
  const slug = uniqueSlug(sqlite, "articles", slugify(article.title), "article");
  const inserted = prepared<[Record<string, unknown>], { id: number }>(
    sqlite,
    `INSERT INTO articles (slug, source_id, guid, url, canonical_url, title, excerpt, author, image_url,
       content_html, content_text, word_count, reading_minutes, content_hash, fingerprint,
       published_at, published_ts, date_missing, updated_at, first_seen_at, duplicate_of)
     VALUES (@slug, @sourceId, @guid, @url, @canonicalUrl, @title, @excerpt, @author, @imageUrl,
       @contentHtml, @contentText, @wordCount, @readingMinutes, @contentHash, @fingerprint,
       @publishedAt, @publishedTs, @dateMissing, @updatedAt, @firstSeenAt, NULL)
     RETURNING id`,
  ).get({
    ...contentValues(article),
    slug,
    sourceId,
    guid: article.guid,
    publishedAt: article.publishedAt,
    publishedTs: article.publishedTs,
    dateMissing: article.dateMissing ? 1 : 0,
    updatedAt: article.updatedAt,
    firstSeenAt: now,
  });
  if (!inserted) throw new Error("The article row was not written");
  return inserted.id;
}

function updateArticle(
  sqlite: Sqlite,
  id: number,
  article: PreparedArticle,
  published: { at: string; ts: number },
  now: string,
): void {
  prepared<[Record<string, unknown>]>(
    sqlite,
    `UPDATE articles SET url = @url, canonical_url = @canonicalUrl, title = @title, excerpt = @excerpt,
       author = @author, image_url = @imageUrl, content_html = @contentHtml, content_text = @contentText,
       word_count = @wordCount, reading_minutes = @readingMinutes, content_hash = @contentHash,
       fingerprint = @fingerprint, published_at = @publishedAt, published_ts = @publishedTs,
       updated_at = @updatedAt
     WHERE id = @id`,
  ).run({
    ...contentValues(article),
    id,
    publishedAt: published.at,
    publishedTs: published.ts,
    updatedAt: article.updatedAt ?? now,
  });
}

function writeFeed(
  sqlite: Sqlite,
  source: FeedSource,
  articles: readonly PreparedArticle[],
  seenAt: Date,
): StoreSummary {
  const now = seenAt.toISOString();
  const frequencies = documentFrequencies(sqlite);
  const topicIds = ensureTopics(sqlite);
  const stored = upsertSource(sqlite, source, now);
  const summary: StoreSummary = { sourceSlug: stored.slug, created: 0, updated: 0, unchanged: 0 };
  const changed = new Map<number, PreparedArticle>();
  const updated = new Set<number>();
  const noLongerStories = new Set<number>();
  const seenGuids = new Set<string>();
  // Written at the end, sorted (saveFingerprintBuckets): a copy is only ever looked for among other
  // sources' articles, so no lookup in this feed needs its own buckets before then.
  const buckets: BucketRow[] = [];

  for (const article of articles) {
    // A feed that lists the same item twice keeps the first (feeds list the latest first).
    if (seenGuids.has(article.guid)) continue;
    seenGuids.add(article.guid);
    const existing = findExisting(sqlite, stored.id, article);

    if (!existing) {
      const id = insertArticle(sqlite, stored.id, article, now);
      setTopicsAndTags(sqlite, id, article, article.publishedTs, topicIds, true);
      buckets.push(...bucketRows(id, article.fingerprint));
      const story = findStoryOf(sqlite, { id, sourceId: stored.id, ...article });
      if (story !== null)
        for (const dropped of foldIntoStory(sqlite, id, story)) noLongerStories.add(dropped);
      // The new words count before vectors are made, so they can connect new articles.
      frequencies.addDocument(article.termCounts.keys());
      changed.set(id, article);
      summary.created += 1;
      continue;
    }

    // An item without a date keeps the date it was first given, so it does not jump to the top.
    const published = article.dateMissing
      ? { at: existing.publishedAt, ts: existing.publishedTs }
      : { at: article.publishedAt, ts: article.publishedTs };
    const unchanged =
      existing.contentHash === article.contentHash &&
      existing.publishedTs === published.ts &&
      existing.author === article.author &&
      existing.imageUrl === article.imageUrl &&
      existing.url === article.url &&
      existing.excerpt === article.excerpt;
    if (unchanged) {
      summary.unchanged += 1;
      continue;
    }
    updateArticle(sqlite, existing.id, article, published, now);
    setTopicsAndTags(sqlite, existing.id, article, published.ts, topicIds, false);
    forgetFingerprintBuckets(sqlite, existing.id);
    buckets.push(...bucketRows(existing.id, article.fingerprint));
    changed.set(existing.id, article);
    updated.add(existing.id);
    summary.updated += 1;
  }

  // Copies leave related reading (their word vectors go); stories get fresh ones.
  const isStory = prepared<[number], { story: number }>(
    sqlite,
    "SELECT duplicate_of IS NULL AS story FROM articles INDEXED BY articles_story_facts WHERE id = ?",
  );
  for (const id of changed.keys()) if (!isStory.get(id)?.story) noLongerStories.add(id);
  // A new row has no vector yet; an updated one gets a fresh one if it is still a story.
  for (const id of new Set([...noLongerStories, ...updated])) forgetTermVector(sqlite, id);
  const vectors: StoryVector[] = [];
  for (const [id, article] of changed) {
    if (!noLongerStories.has(id))
      vectors.push({ articleId: id, vector: termVector(article.termCounts, frequencies) });
  }
  saveTermVectors(sqlite, vectors);
  saveFingerprintBuckets(sqlite, buckets);
  return summary;
}

export async function storeFeed(
  db: Kysely<Database>,
  source: FeedSource,
  articles: readonly PreparedArticle[],
  seenAt: Date,
): Promise<StoreSummary> {
  const sqlite = sqliteOf(db);
  try {
    return sqlite.transaction(() =>
      indexingNewStoriesAtEnd(sqlite, () => writeFeed(sqlite, source, articles, seenAt)),
    )();
  } catch (error) {
    // The rolled-back articles' words were counted: read the counts afresh next time.
    forgetDocumentFrequencies(sqlite);
    throw error;
  }
}

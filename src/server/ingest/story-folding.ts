/**
 * Reposts: the same story carried by several publishers (same canonical link, or near-identical
 * text) is one story. Its first publisher's row is the story; later copies point at it with
 * duplicate_of and stay out of lists, search and related reading.
 */
import type SqliteDatabase from "better-sqlite3";
import { prepared } from "../db/prepared";
import { decodeFingerprint, fingerprintBands, similarity } from "../text/fingerprint";

/** Share of MinHash positions two texts must agree on to count as the same text. */
const NEAR_IDENTICAL = 0.7;

type Sqlite = SqliteDatabase.Database;
type StoryRow = { id: number; duplicateOf: number | null };

/** A fingerprint's bucket rows, [band, article id], one per band; none for a text too short to have one. */
export type BucketRow = [band: number, articleId: number];

export function bucketRows(articleId: number, signature: readonly number[] | null): BucketRow[] {
  return signature ? fingerprintBands(signature).map((band) => [band, articleId]) : [];
}

export function forgetFingerprintBuckets(sqlite: Sqlite, articleId: number): void {
  prepared(sqlite, "DELETE FROM article_fingerprint_bands WHERE article_id = ?").run(articleId);
}

/**
 * Writes a batch's bucket rows in key order. Buckets are hashes, so one article's rows land on as
 * many pages as it has bands; sorted, a feed's rows visit each page once, in order.
 */
export function saveFingerprintBuckets(sqlite: Sqlite, rows: readonly BucketRow[]): void {
  const insert = prepared(
    sqlite,
    "INSERT INTO article_fingerprint_bands (band, article_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
  );
  const inKeyOrder = [...rows].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (const [band, articleId] of inKeyOrder) insert.run(band, articleId);
}

/** The story (its first row) that another publisher's copy of this article belongs to, if any. */
export function findStoryOf(
  sqlite: Sqlite,
  article: {
    id: number;
    sourceId: number;
    canonicalUrl: string | null;
    fingerprint: readonly number[] | null;
  },
): number | null {
  const storyOf = (row: StoryRow) => row.duplicateOf ?? row.id;

  if (article.canonicalUrl) {
    const sameLink = prepared<[string, number, number], StoryRow>(
      sqlite,
      `SELECT id, duplicate_of AS duplicateOf FROM articles
       WHERE canonical_url = ? AND source_id != ? AND id != ? ORDER BY published_ts LIMIT 1`,
    ).get(article.canonicalUrl, article.sourceId, article.id);
    if (sameLink) return storyOf(sameLink);
  }

  if (article.fingerprint) {
    const bands = fingerprintBands(article.fingerprint);
    const candidates = prepared<number[], StoryRow & { fingerprint: string | null }>(
      sqlite,
      `SELECT DISTINCT a.id, a.duplicate_of AS duplicateOf, a.fingerprint, a.published_ts
       FROM article_fingerprint_bands AS b JOIN articles AS a ON a.id = b.article_id
       WHERE b.band IN (${bands.map(() => "?").join(", ")}) AND a.source_id != ? AND a.id != ?
       ORDER BY a.published_ts LIMIT 20`,
    ).all(...bands, article.sourceId, article.id);
    const signature = article.fingerprint;
    const match = candidates.find(
      (candidate) =>
        candidate.fingerprint &&
        similarity(signature, decodeFingerprint(candidate.fingerprint)) >= NEAR_IDENTICAL,
    );
    if (match) return storyOf(match);
  }
  return null;
}

/**
 * Joins an article to a story. The earlier publication leads: a copy that turns out to be older
 * than the story's current first row takes its place. Returns the ids that stopped being stories.
 */
export function foldIntoStory(sqlite: Sqlite, articleId: number, storyId: number): number[] {
  const publishedTs = prepared<[number], { ts: number }>(
    sqlite,
    "SELECT published_ts AS ts FROM articles INDEXED BY articles_story_facts WHERE id = ?",
  );
  const article = publishedTs.get(articleId);
  const story = publishedTs.get(storyId);
  if (!article || !story) return [];
  const setDuplicateOf = prepared(sqlite, "UPDATE articles SET duplicate_of = ? WHERE id = ?");
  if (article.ts < story.ts) {
    prepared(sqlite, "UPDATE articles SET duplicate_of = ? WHERE duplicate_of = ?").run(articleId, storyId);
    setDuplicateOf.run(articleId, storyId);
    setDuplicateOf.run(null, articleId);
    return [storyId];
  }
  setDuplicateOf.run(storyId, articleId);
  return [articleId];
}

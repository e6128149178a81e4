/**
 * Fingerprints, their buckets and word vectors are derived from the stored text.
 * When a migration changes how they are made it marks them for a rebuild (app_settings
 * `derived_data` = "rebuild"), and the next process to open the store rebuilds them from the
 * articles it has: nothing a reader sees is lost, and it happens once.
 */
import type SqliteDatabase from "better-sqlite3";
import type { Kysely } from "kysely";
import { sqliteOf } from "../db/connection";
import { prepared } from "../db/prepared";
import type { Database } from "../db/tables";
import { encodeFingerprint, fingerprintOf } from "../text/fingerprint";
import { words } from "../text/terms";
import {
  type DocumentFrequencies,
  documentFrequencies,
  forgetDocumentFrequencies,
} from "./document-frequencies";
import {
  type BucketRow,
  bucketRows,
  forgetFingerprintBuckets,
  saveFingerprintBuckets,
} from "./story-folding";
import { forgetTermVector, type StoryVector, saveTermVectors } from "./story-vectors";
import { articleTermCounts, termVector } from "./term-vector";

const SETTING = "derived_data";
/** Articles per transaction: bounded memory and write-ahead log however large the archive. */
const BATCH = 500;

type Sqlite = SqliteDatabase.Database;
type Stored = { id: number; title: string; excerpt: string; contentText: string; story: number };

function storedAfter(sqlite: Sqlite, lastId: number): Stored[] {
  return prepared<[number, number], Stored>(
    sqlite,
    `SELECT id, title, excerpt, content_text AS contentText, duplicate_of IS NULL AS story
     FROM articles WHERE id > ? ORDER BY id LIMIT ?`,
  ).all(lastId, BATCH);
}

/** Fingerprints and their buckets for every article, word vectors for every story. */
function rebuildKeys(sqlite: Sqlite, batch: readonly Stored[], frequencies: DocumentFrequencies): void {
  const setFingerprint = prepared(sqlite, "UPDATE articles SET fingerprint = ? WHERE id = ?");
  const buckets: BucketRow[] = [];
  const vectors: StoryVector[] = [];
  for (const article of batch) {
    const bodyWords = words(article.contentText);
    const fingerprint = fingerprintOf(bodyWords);
    setFingerprint.run(fingerprint ? encodeFingerprint(fingerprint) : null, article.id);
    forgetFingerprintBuckets(sqlite, article.id);
    buckets.push(...bucketRows(article.id, fingerprint));
    forgetTermVector(sqlite, article.id);
    if (!article.story) continue;
    const counts = articleTermCounts({ title: article.title, excerpt: article.excerpt, bodyWords });
    vectors.push({ articleId: article.id, vector: termVector(counts, frequencies) });
  }
  saveFingerprintBuckets(sqlite, buckets);
  saveTermVectors(sqlite, vectors);
}

/**
 * In batches, each its own transaction, so memory and the write-ahead log stay bounded however
 * large the archive. The mark is cleared at the end: an interrupted rebuild is done again.
 */
function rebuild(sqlite: Sqlite): number {
  // The full-text index already holds every story: the word counts come from it.
  forgetDocumentFrequencies(sqlite);
  const frequencies = documentFrequencies(sqlite);
  let articles = 0;
  for (
    let batch = storedAfter(sqlite, 0);
    batch.length > 0;
    batch = storedAfter(sqlite, batch.at(-1)?.id ?? 0)
  ) {
    sqlite.transaction(rebuildKeys)(sqlite, batch, frequencies);
    articles += batch.length;
  }
  prepared(sqlite, "DELETE FROM app_settings WHERE key = ?").run(SETTING);
  return articles;
}

/** Rebuilds derived data if a migration asked for it; returns how many articles it went through. */
export function rebuildDerivedDataIfPending(db: Kysely<Database>): number {
  const sqlite = sqliteOf(db);
  const pending = prepared<[string], { value: string }>(
    sqlite,
    "SELECT value FROM app_settings WHERE key = ?",
  ).get(SETTING);
  if (pending?.value !== "rebuild") return 0;
  return rebuild(sqlite);
}

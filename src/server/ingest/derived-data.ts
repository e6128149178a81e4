/**
 * Fingerprints, their buckets, word vectors and related lists are derived from the stored text.
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
import { weightedTermCounts, words } from "../text/terms";
import { documentFrequencies, forgetDocumentFrequencies } from "./document-frequencies";
import { type RelatedContext, refreshRelated, saveTermVector } from "./related-articles";
import { saveFingerprint } from "./story-folding";
import { type TermWeight, termVector } from "./term-vector";

const SETTING = "derived_data";

type Stored = {
  id: number;
  sourceId: number;
  title: string;
  excerpt: string;
  contentText: string;
  canonicalUrl: string | null;
  story: number;
};

function rebuild(sqlite: SqliteDatabase.Database): number {
  const articles = prepared<[], Stored>(
    sqlite,
    `SELECT id, source_id AS sourceId, title, excerpt, content_text AS contentText,
       canonical_url AS canonicalUrl, duplicate_of IS NULL AS story
     FROM articles ORDER BY id`,
  ).all();
  const setFingerprint = prepared(sqlite, "UPDATE articles SET fingerprint = ? WHERE id = ?");
  const termCounts = new Map<number, Map<string, number>>();
  for (const article of articles) {
    const bodyWords = words(article.contentText);
    const fingerprint = fingerprintOf(bodyWords);
    setFingerprint.run(fingerprint ? encodeFingerprint(fingerprint) : null, article.id);
    saveFingerprint(sqlite, article.id, fingerprint);
    if (article.story)
      termCounts.set(
        article.id,
        weightedTermCounts([
          { tokens: words(article.title), weight: 3 },
          { tokens: words(article.excerpt), weight: 2 },
          { tokens: bodyWords, weight: 1 },
        ]),
      );
  }

  forgetDocumentFrequencies(sqlite);
  const frequencies = documentFrequencies(sqlite);
  const vectors = new Map<number, TermWeight[]>();
  for (const [id, counts] of termCounts) {
    const vector = termVector(counts, frequencies);
    saveTermVector(sqlite, id, vector);
    vectors.set(id, vector);
  }
  const topicNames = new Map(
    prepared<[], { id: number; name: string }>(sqlite, "SELECT id, name FROM topics")
      .all()
      .map((row) => [row.id, row.name]),
  );
  const context: RelatedContext = { now: Date.now(), topicNames, facts: new Map() };
  for (const [id, vector] of vectors) refreshRelated(sqlite, id, vector, context);
  prepared(sqlite, "DELETE FROM app_settings WHERE key = ?").run(SETTING);
  return articles.length;
}

/** Rebuilds derived data if a migration asked for it; returns how many articles it went through. */
export function rebuildDerivedDataIfPending(db: Kysely<Database>): number {
  const sqlite = sqliteOf(db);
  const pending = prepared<[string], { value: string }>(
    sqlite,
    "SELECT value FROM app_settings WHERE key = ?",
  ).get(SETTING);
  if (pending?.value !== "rebuild") return 0;
  return sqlite.transaction(rebuild)(sqlite);
}

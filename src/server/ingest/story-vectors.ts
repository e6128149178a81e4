/**
 * What related reading needs stored per story: its word vector (term-vector.ts), one row per word.
 * Lists themselves are ranked when asked for (queries/related-ranking.ts); a row that is not a
 * story (another publisher's copy) keeps no vector, so it is never a candidate.
 */
import type SqliteDatabase from "better-sqlite3";
import { prepared } from "../db/prepared";
import type { TermWeight } from "./term-vector";

type Sqlite = SqliteDatabase.Database;

export type StoryVector = { articleId: number; vector: readonly TermWeight[] };

/**
 * Writes a batch's vectors, word by word in alphabetical order: the index by word is what a
 * related list walks, and one article's dozen words land on a dozen pages of it; sorted, a feed's
 * rows visit each page once, in order. Stored vectors of these articles must be forgotten first.
 */
export function saveTermVectors(sqlite: Sqlite, vectors: readonly StoryVector[]): void {
  const insert = prepared(sqlite, "INSERT INTO article_terms (article_id, term, weight) VALUES (?, ?, ?)");
  const rows = vectors.flatMap(({ articleId, vector }) =>
    vector.map(({ term, weight }) => ({ articleId, term, weight })),
  );
  rows.sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : a.articleId - b.articleId));
  for (const { articleId, term, weight } of rows) insert.run(articleId, term, weight);
}

export function forgetTermVector(sqlite: Sqlite, articleId: number): void {
  prepared(sqlite, "DELETE FROM article_terms WHERE article_id = ?").run(articleId);
}

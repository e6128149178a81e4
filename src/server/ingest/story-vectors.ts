/**
 * What related reading needs stored per story: its word vector (term-vector.ts), one row per word.
 * Lists themselves are ranked when asked for (queries/related-ranking.ts); a row that is not a
 * story (another publisher's copy) keeps no vector, so it is never a candidate.
 */
import type SqliteDatabase from "better-sqlite3";
import { prepared } from "../db/prepared";
import type { TermWeight } from "./term-vector";

type Sqlite = SqliteDatabase.Database;

export function saveTermVector(sqlite: Sqlite, articleId: number, vector: readonly TermWeight[]): void {
  forgetTermVector(sqlite, articleId);
  const insert = prepared(sqlite, "INSERT INTO article_terms (article_id, term, weight) VALUES (?, ?, ?)");
  for (const { term, weight } of vector) insert.run(articleId, term, weight);
}

export function forgetTermVector(sqlite: Sqlite, articleId: number): void {
  prepared(sqlite, "DELETE FROM article_terms WHERE article_id = ?").run(articleId);
}

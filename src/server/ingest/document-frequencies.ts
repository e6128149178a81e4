/**
 * How many articles use each word, for picking an article's most distinctive words. FTS5's vocab
 * table knows, but reading it costs a scan per lookup; so a store reads it once and then keeps the
 * counts in memory, adding every new article's words. Counts from another process (the ingest CLI)
 * arrive on the next start; until then a word this process has not seen simply counts as rare,
 * which only affects which words an article is keyed by.
 *
 * Reading them walks the whole full-text index: seconds at 100,000 articles, in the first feed a
 * process stores. The server stores feeds on its polling thread (polling-thread.ts), so no request
 * waits for it.
 */
import type SqliteDatabase from "better-sqlite3";
import { prepared } from "../db/prepared";

export type DocumentFrequencies = {
  documents: number;
  countOf: (term: string) => number;
  /** Counts one more document using each of these (distinct) words. */
  addDocument: (terms: Iterable<string>) => void;
};

const caches = new WeakMap<SqliteDatabase.Database, DocumentFrequencies>();

/** Reads the counts from the full-text index's vocabulary, inside the caller's transaction. */
function readCounts(sqlite: SqliteDatabase.Database): DocumentFrequencies {
  const rows = prepared<[], [string, number]>(sqlite, "SELECT term, doc FROM articles_fts_terms").raw().all();
  const total = prepared<[], { n: number }>(sqlite, "SELECT count(*) AS n FROM articles").get();
  // A box per word, so adding a document's few hundred words costs one lookup each.
  const counts = new Map(rows.map(([term, documents]) => [term, { documents }]));
  const state = { documents: total?.n ?? 0 };
  return {
    get documents() {
      return state.documents;
    },
    countOf: (term) => counts.get(term)?.documents ?? 0,
    addDocument(terms) {
      state.documents += 1;
      for (const term of terms) {
        const count = counts.get(term);
        if (count) count.documents += 1;
        else counts.set(term, { documents: 1 });
      }
    },
  };
}

export function documentFrequencies(sqlite: SqliteDatabase.Database): DocumentFrequencies {
  let cache = caches.get(sqlite);
  if (!cache) {
    cache = readCounts(sqlite);
    caches.set(sqlite, cache);
  }
  return cache;
}

export function forgetDocumentFrequencies(sqlite: SqliteDatabase.Database): void {
  caches.delete(sqlite);
}

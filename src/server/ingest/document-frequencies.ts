/**
 * How many articles use each word, for picking an article's most distinctive words. FTS5's vocab
 * table knows, but reading it costs a scan per lookup; so a store reads it once and then keeps the
 * counts in memory, adding every new article's words. Counts from another process (the ingest CLI)
 * arrive on the next start; until then a word this process has not seen simply counts as rare,
 * which only affects which words an article is keyed by.
 *
 * Reading them walks the whole full-text index: seconds at 100,000 articles. A store on a file
 * reads them on a worker thread (loadDocumentFrequencies, which storeFeed awaits), so the first
 * feed after a start does not hold every request for that long.
 */
import { Worker } from "node:worker_threads";
import type SqliteDatabase from "better-sqlite3";
import { prepared } from "../db/prepared";

export type DocumentFrequencies = {
  documents: number;
  countOf: (term: string) => number;
  /** Counts one more document using each of these (distinct) words. */
  addDocument: (terms: Iterable<string>) => void;
};

const caches = new WeakMap<SqliteDatabase.Database, DocumentFrequencies>();

type Counts = { terms: readonly string[]; counts: ArrayLike<number>; documents: number };

function fromCounts({ terms, counts: documentsOf, documents }: Counts): DocumentFrequencies {
  // A box per word, so adding a document's few hundred words costs one lookup each.
  const counts = new Map<string, { documents: number }>();
  for (const [index, term] of terms.entries()) counts.set(term, { documents: documentsOf[index] ?? 0 });
  const state = { documents };
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

function readHere(sqlite: SqliteDatabase.Database): DocumentFrequencies {
  const rows = prepared<[], [string, number]>(sqlite, "SELECT term, doc FROM articles_fts_terms").raw().all();
  const total = prepared<[], { n: number }>(sqlite, "SELECT count(*) AS n FROM articles").get();
  return fromCounts({
    terms: rows.map(([term]) => term),
    counts: rows.map(([, documents]) => documents),
    documents: total?.n ?? 0,
  });
}

function readOnWorker(file: string): Promise<Counts> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./vocabulary-worker.mjs", import.meta.url), { workerData: { file } });
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the vocabulary reader stopped (exit ${code})`)));
  });
}

const loading = new WeakMap<SqliteDatabase.Database, Promise<void>>();

/**
 * Makes the counts ready without reading them on this thread (an in-memory store, which another
 * thread cannot open, is small and read here). Writes that land while the worker reads are not in
 * its snapshot: storeFeed awaits this before it writes, and nothing else in the process adds
 * articles. Should the worker fail, the counts are read here after all.
 */
export function loadDocumentFrequencies(sqlite: SqliteDatabase.Database): Promise<void> {
  if (caches.has(sqlite)) return Promise.resolve();
  if (sqlite.memory) {
    documentFrequencies(sqlite);
    return Promise.resolve();
  }
  let pending = loading.get(sqlite);
  if (!pending) {
    pending = readOnWorker(sqlite.name)
      .then(
        (counts) => {
          if (!caches.has(sqlite)) caches.set(sqlite, fromCounts(counts));
        },
        (error: Error) => {
          // Reported, as a failed checkpoint thread is: the counts stay right, only read the slow way.
          process.stderr.write(`Word counts read on the main thread, the worker failed: ${error.message}\n`);
          documentFrequencies(sqlite);
        },
      )
      .finally(() => loading.delete(sqlite));
    loading.set(sqlite, pending);
  }
  return pending;
}

export function documentFrequencies(sqlite: SqliteDatabase.Database): DocumentFrequencies {
  let cache = caches.get(sqlite);
  if (!cache) {
    cache = readHere(sqlite);
    caches.set(sqlite, cache);
  }
  return cache;
}

export function forgetDocumentFrequencies(sqlite: SqliteDatabase.Database): void {
  caches.delete(sqlite);
}

/**
 * How many articles use each word, for picking an article's most distinctive words. FTS5's vocab
 * table knows, but reading it costs a scan per lookup (30 ms an article at a few thousand articles);
 * so each store reads it once and then keeps the counts in memory, adding every new article's words.
 * Counts from another process (the ingest CLI) arrive on the next start; until then a word this
 * process has not seen simply counts as rare, which only affects which words the query tries.
 */
import { type Kysely, sql } from "kysely";
import type { Database } from "../db/tables";

export type DocumentFrequencies = {
  documents: number;
  countOf: (term: string) => number;
  addDocument: (terms: Iterable<string>) => void;
};

const caches = new WeakMap<object, Promise<DocumentFrequencies>>();

async function load(db: Kysely<Database>): Promise<DocumentFrequencies> {
  const counts = new Map<string, number>();
  const rows = await sql<{ term: string; doc: number }>`SELECT term, doc FROM articles_fts_terms`.execute(db);
  for (const row of rows.rows) counts.set(row.term, row.doc);
  const total = await db
    .selectFrom("articles")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  const state = { documents: Number(total.n) };
  return {
    get documents() {
      return state.documents;
    },
    countOf: (term) => counts.get(term) ?? 0,
    addDocument(terms) {
      state.documents += 1;
      for (const term of new Set(terms)) counts.set(term, (counts.get(term) ?? 0) + 1);
    },
  };
}

/** The counts for a store, keyed by its root Kysely instance (transactions pass the root along). */
export function documentFrequencies(root: Kysely<Database>): Promise<DocumentFrequencies> {
  let cache = caches.get(root);
  if (!cache) {
    cache = load(root);
    caches.set(root, cache);
  }
  return cache;
}

export function forgetDocumentFrequencies(root: Kysely<Database>): void {
  caches.delete(root);
}

/**
 * The word counts that weigh an article's distinctive words are read once a store is first written
 * to. On a file that read walks the whole full-text index (seconds at 100,000 articles), so it runs
 * on a worker thread: the main connection never runs it, and the counts are the same as read here.
 */
import { describe, expect, it } from "vitest";
import { openStore, sqliteOf } from "../../src/server/db/connection";
import { migrateToLatest } from "../../src/server/db/migrate";
import { preparedSources } from "../../src/server/db/prepared";
import {
  documentFrequencies,
  forgetDocumentFrequencies,
  loadDocumentFrequencies,
} from "../../src/server/ingest/document-frequencies";
import { demoStoreForThisFile } from "./support/temporary-store";

const store = demoStoreForThisFile();

describe("document frequencies", () => {
  it("are read on a worker thread for a file, with the counts the main connection would read", async () => {
    const sqlite = sqliteOf(store().db);
    // Storing the demo feeds loaded them, and not through this connection.
    expect(preparedSources(sqlite).filter((source) => source.includes("articles_fts_terms"))).toEqual([]);

    forgetDocumentFrequencies(sqlite);
    await loadDocumentFrequencies(sqlite);
    const fromWorker = documentFrequencies(sqlite);
    const vocabulary = sqlite.prepare("SELECT term, doc FROM articles_fts_terms").all() as {
      term: string;
      doc: number;
    }[];
    expect(vocabulary.length).toBeGreaterThan(1000);
    expect(fromWorker.documents).toBe(
      (sqlite.prepare("SELECT count(*) AS n FROM articles").get() as { n: number }).n,
    );
    for (const { term, doc } of vocabulary) expect(fromWorker.countOf(term), term).toBe(doc);

    forgetDocumentFrequencies(sqlite);
    const readHere = documentFrequencies(sqlite);
    expect(readHere.documents).toBe(fromWorker.documents);
    for (const { term } of vocabulary.slice(0, 200))
      expect(readHere.countOf(term)).toBe(fromWorker.countOf(term));
  });

  it("are read at once for a store in memory, which no other thread can open", async () => {
    const memory = openStore({ kind: "sqlite", file: ":memory:" });
    try {
      await migrateToLatest(memory.db);
      const sqlite = sqliteOf(memory.db);
      await loadDocumentFrequencies(sqlite);
      expect(documentFrequencies(sqlite).documents).toBe(0);
      expect(preparedSources(sqlite).some((source) => source.includes("articles_fts_terms"))).toBe(true);
    } finally {
      await memory.close();
    }
  });
});

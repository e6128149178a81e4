/**
 * The word counts that weigh an article's distinctive words are read once per store from the
 * full-text index's vocabulary, then kept up to date in memory as articles are stored.
 */
import { describe, expect, it } from "vitest";
import { sqliteOf } from "../../src/server/db/connection";
import { documentFrequencies, forgetDocumentFrequencies } from "../../src/server/ingest/document-frequencies";
import { demoStoreForThisFile } from "./support/temporary-store";

const store = demoStoreForThisFile();

describe("document frequencies", () => {
  it("are the full-text index's counts, word by word, and its number of articles", () => {
    const sqlite = sqliteOf(store().db);
    forgetDocumentFrequencies(sqlite);
    const frequencies = documentFrequencies(sqlite);
    const vocabulary = sqlite.prepare("SELECT term, doc FROM articles_fts_terms").all() as {
      term: string;
      doc: number;
    }[];
    expect(vocabulary.length).toBeGreaterThan(1000);
    expect(frequencies.documents).toBe(
      (sqlite.prepare("SELECT count(*) AS n FROM articles").get() as { n: number }).n,
    );
    for (const { term, doc } of vocabulary) expect(frequencies.countOf(term), term).toBe(doc);
  });

  it("count each stored document once per word, without reading the index again", () => {
    const sqlite = sqliteOf(store().db);
    forgetDocumentFrequencies(sqlite);
    const frequencies = documentFrequencies(sqlite);
    const before = { documents: frequencies.documents, known: frequencies.countOf("the") };
    frequencies.addDocument(["the", "zzyzxunheardof"]);
    expect(frequencies.documents).toBe(before.documents + 1);
    expect(frequencies.countOf("the")).toBe(before.known + 1);
    expect(frequencies.countOf("zzyzxunheardof")).toBe(1);
    expect(documentFrequencies(sqlite)).toBe(frequencies);
    forgetDocumentFrequencies(sqlite);
  });
});

// Reads the full-text index's word counts for document-frequencies.ts on a thread of its own, plain
// JavaScript like the checkpoint thread: at 100,000 articles the read walks the whole index for
// seconds, which on the main thread would hold every request.
import { parentPort, workerData } from "node:worker_threads";
import SqliteDatabase from "better-sqlite3";

const sqlite = new SqliteDatabase(workerData.file, { readonly: true, fileMustExist: true });
try {
  // One read transaction, so the counts and the number of articles describe the same moment.
  const read = sqlite.transaction(() => ({
    rows: sqlite.prepare("SELECT term, doc FROM articles_fts_terms").raw(true).all(),
    documents: sqlite.prepare("SELECT count(*) AS n FROM articles").get().n,
  }));
  const { rows, documents } = read();
  const counts = new Int32Array(rows.length);
  const terms = rows.map(([term, doc], index) => {
    counts[index] = doc;
    return term;
  });
  parentPort?.postMessage({ terms, counts, documents }, [counts.buffer]);
} finally {
  sqlite.close();
}

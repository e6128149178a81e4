/**
 * The limit beside section 3's ingest rate, as the bare server is beside the API's and the
 * hello-world page beside the bytes: the least any ingest of these articles has to do, on this
 * machine, in the same pipeline. Each item is sanitised and its text taken out on a worker thread
 * (bare-prepare.ts, as many threads as the server's pool), then stored as one row and its
 * full-text entry, 500 to a transaction, on a connection opened as the server opens its own. The
 * entries are written as the archive's are (ingest/search-index.ts): the batch's rows first, then
 * their entries in one statement, the cheapest way measured (a trigger per row costs half again).
 * The full-text index is the archive's own (its CREATE statement and settings read off the
 * archive), so search costs here what it costs there. Nothing else is made, written or looked up:
 * no earlier copy, slug, topics, tags, fingerprint buckets or word vectors.
 */
import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import type SqliteDatabase from "better-sqlite3";
import { Piscina } from "piscina";
import { openStore, sqliteOf } from "../../src/server/db/connection";
import type { FeedItem } from "../../src/server/ingest/normalise-feed";
import type { BareArticle, prepareBareItems } from "./bare-prepare";
import { checkpointWholeLog } from "./support";

/** One row per article: what a reader is shown and what search reads, nothing derived. */
const BARE_TABLE = `CREATE TABLE articles (
  id INTEGER PRIMARY KEY, title TEXT NOT NULL, excerpt TEXT NOT NULL,
  content_html TEXT NOT NULL, content_text TEXT NOT NULL)`;

/**
 * The archive's full-text index, to build the same one in the bare store: its definition, then its
 * settings (how many segments it merges at a time: migration 0007).
 */
export function fullTextIndexSql(archive: SqliteDatabase.Database): string {
  const row = archive.prepare("SELECT sql FROM sqlite_master WHERE name = 'articles_fts'").get() as
    | { sql: string }
    | undefined;
  if (!row) throw new Error("the archive has no full-text index to copy");
  const settings = archive.prepare("SELECT k, v FROM articles_fts_config WHERE k != 'version'").all() as {
    k: string;
    v: number | string;
  }[];
  const literal = (value: number | string) =>
    typeof value === "number" ? String(value) : `'${value.replaceAll("'", "''")}'`;
  return [
    `${row.sql};`,
    ...settings.map(
      ({ k, v }) => `INSERT INTO articles_fts (articles_fts, rank) VALUES (${literal(k)}, ${literal(v)});`,
    ),
  ].join("\n");
}

export type BareIngest = {
  /** Sanitises a batch on the worker pool. */
  prepare: (items: FeedItem[]) => Promise<BareArticle[]>;
  /** Stores a batch in one transaction. */
  store: (articles: readonly BareArticle[]) => void;
  /** The file's size after a checkpoint. */
  bytes: () => Promise<number>;
  close: () => Promise<void>;
};

/** The bare pipeline's two halves, its database in `directory`; the worker is started before it returns. */
export async function openBareIngest(directory: string, fullTextSql: string): Promise<BareIngest> {
  const file = join(directory, "ingest-limit.db");
  const database = openStore({ kind: "sqlite", file }, { checkpointInBackground: true });
  const sqlite = sqliteOf(database.db);
  sqlite.exec(BARE_TABLE);
  sqlite.exec(fullTextSql);
  const insert = sqlite.prepare(
    "INSERT INTO articles (title, excerpt, content_html, content_text) VALUES (?, ?, ?, ?) RETURNING id",
  );
  const index = sqlite.prepare(`INSERT INTO articles_fts (rowid, title, excerpt, content_text)
    SELECT id, title, excerpt, content_text FROM articles WHERE id >= ?`);
  const store = sqlite.transaction((articles: readonly BareArticle[]) => {
    let firstId: number | null = null;
    for (const article of articles) {
      const row = insert.get(article.title, article.excerpt, article.contentHtml, article.contentText) as {
        id: number;
      };
      firstId ??= row.id;
    }
    if (firstId !== null) index.run(firstId);
  });
  const pool = new Piscina({
    filename: new URL("./bare-prepare-worker.mjs", import.meta.url).href,
    maxThreads: Math.max(1, availableParallelism() - 1),
  });
  const prepare = (items: FeedItem[]): Promise<BareArticle[]> => {
    const job: Parameters<typeof prepareBareItems>[0] = { items };
    return pool.run(job, { name: "prepareBareItems" });
  };
  await prepare([]);
  return {
    prepare,
    store,
    bytes: async () => {
      await checkpointWholeLog(sqlite);
      return statSync(file).size;
    },
    close: async () => {
      await pool.close();
      await database.close();
    },
  };
}

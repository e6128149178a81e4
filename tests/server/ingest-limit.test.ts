/**
 * The bench's ingest limit (tests/bench/ingest-limit.ts) is only a limit if it does what any ingest
 * must and nothing more: items sanitised as the server sanitises them, then one row and an entry
 * in the archive's own full-text index.
 */
import Database from "better-sqlite3";
import { expect, it, onTestFinished } from "vitest";
import { sqliteOf } from "../../src/server/db/connection";
import { migrateToLatest } from "../../src/server/db/migrate";
import { prepareArticle } from "../../src/server/ingest/prepare-article";
import { fullTextIndexSql, openBareIngest } from "../bench/ingest-limit";
import { syntheticCorpus } from "../bench/synthetic";
import { temporaryDirectory } from "./support/server-process";
import { temporaryStore } from "./support/temporary-store";

it("stores sanitised rows in the archive's own full-text index and nothing else", async () => {
  const archive = await temporaryStore();
  onTestFinished(archive.remove);
  await migrateToLatest(archive.db);
  const fullText = fullTextIndexSql(sqliteOf(archive.db));
  expect(fullText).toMatch(/^CREATE VIRTUAL TABLE articles_fts USING fts5\(/);

  const directory = temporaryDirectory("ingest-limit-");
  onTestFinished(directory.remove);
  const bare = await openBareIngest(directory.path, fullText);
  onTestFinished(bare.close);

  const corpus = syntheticCorpus();
  const hostile = {
    ...corpus.item(0, 0),
    contentHtml: '<p onclick="steal()">Quietly <script>alert(1)</script>bright lanterns</p>',
  };
  const items = [hostile, corpus.item(1, 1), corpus.item(2, 2)];
  const prepared = await bare.prepare(items);
  // The server's own preparing sanitises to the same HTML and text.
  const server = items.map((item) => prepareArticle(item, new Date()));
  expect(prepared.map((article) => article.contentHtml)).toEqual(
    server.map((article) => article.contentHtml),
  );
  expect(prepared.map((article) => article.contentText)).toEqual(
    server.map((article) => article.contentText),
  );
  expect(prepared[0]?.contentHtml).not.toMatch(/script|onclick/);

  bare.store(prepared);
  expect(await bare.bytes()).toBeGreaterThan(0);
  const sqlite = new Database(`${directory.path}/ingest-limit.db`, { readonly: true });
  onTestFinished(() => {
    sqlite.close();
  });
  const hits = sqlite.prepare("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'lanterns'").all();
  expect(hits).toEqual([{ rowid: 1 }]);
  const tables = sqlite
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'articles_fts_%' ORDER BY name",
    )
    .pluck()
    .all();
  expect(tables).toEqual(["articles", "articles_fts"]);
  // With the archive's settings too: how many segments it merges at a time (migration 0007).
  const settings = (db: Database.Database) =>
    db.prepare("SELECT k, v FROM articles_fts_config ORDER BY k").raw().all();
  expect(settings(sqlite)).toEqual(settings(sqliteOf(archive.db)));
  expect(settings(sqlite)).toContainEqual(["automerge", 16]);
  expect(sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").all()).toEqual([]);
});

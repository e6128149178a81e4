/**
 * The hot read queries walk an index, never the whole articles table. The SQL is not copied here:
 * each query function of src/server/queries/ runs against a small store (the demo newsroom) through a
 * Kysely instance that records what it executes, and every recorded statement goes through
 * EXPLAIN QUERY PLAN with its own parameters. Deterministic, so a test; the timings are in
 * `npm run bench`.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, sqliteOf } from "../../src/server/db/connection";
import { migrateToLatest } from "../../src/server/db/migrate";
import { preparedSources } from "../../src/server/db/prepared";
import { ingestDemoIfEmpty } from "../../src/server/ingest/demo-newsroom";
import { findArticleBySlug, findArticleIdBySlug, listArticles } from "../../src/server/queries/articles";
import { listRelatedArticles } from "../../src/server/queries/related";
import { searchArticles, toFtsQuery } from "../../src/server/queries/search";
import { findSourceIdBySlug } from "../../src/server/queries/sources";
import { findTopicIdBySlug } from "../../src/server/queries/topics";
import { temporaryDirectory } from "./support/server-process";

type Statement = { sql: string; parameters: readonly unknown[] };
type PlanRow = { id: number; parent: number; detail: string };

/** Tables that grow with the archive: a full scan of any of them is a query that slows down with it. */
const LARGE_TABLES = new Set([
  "articles",
  "article_topics",
  "article_tags",
  "article_fingerprint_bands",
  "article_terms",
]);

const directory = temporaryDirectory("broadsheet-plans-");
let recording: Statement[] | null = null;
const store = openStore(
  { kind: "sqlite", file: join(directory.path, "plans.db") },
  {
    log: (event) => {
      if (event.level === "query")
        recording?.push({ sql: event.query.sql, parameters: event.query.parameters });
    },
  },
);
const db = store.db;
const sqlite = sqliteOf(db);

/** The statements one call of a query function executes. */
async function statementsOf(run: () => Promise<unknown>): Promise<Statement[]> {
  recording = [];
  try {
    await run();
    return recording;
  } finally {
    recording = null;
  }
}

/** alias → table, from `"articles" as "a"`, `articles AS a` and bare `from "articles"`. */
function tablesByAlias(text: string): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const match of text.matchAll(/\b(?:from|join)\s+"?(\w+)"?(?:\s+as\s+"?(\w+)"?)?/gi)) {
    const table = match[1] ?? "";
    aliases.set(match[2] ?? table, table);
    aliases.set(table, table);
  }
  return aliases;
}

function plan(statement: Statement): PlanRow[] {
  return sqlite
    .prepare(`EXPLAIN QUERY PLAN ${statement.sql}`)
    .all(...(statement.parameters as unknown[])) as PlanRow[];
}

/** Plan lines that read a large table from end to end ("SCAN x" without an index). */
function fullScans(statement: Statement): string[] {
  const aliases = tablesByAlias(statement.sql);
  return plan(statement)
    .map((row) => row.detail)
    .filter((detail) => {
      const match = /^SCAN (\w+)/.exec(detail);
      if (!match?.[1] || /\bUSING (COVERING )?INDEX\b|\bVIRTUAL TABLE\b|\bINTEGER PRIMARY KEY\b/.test(detail))
        return false;
      return LARGE_TABLES.has(aliases.get(match[1]) ?? match[1]);
    });
}

/** Plan lines that sort the rows of a large table before a LIMIT can stop the walk. */
function sortsOfArticleRows(statement: Statement): string[] {
  return plan(statement)
    .map((row) => row.detail)
    .filter((detail) => /^USE TEMP B-TREE FOR (ORDER BY|RIGHT PART OF ORDER BY)/.test(detail));
}

let slug = "";
let articleId = 0;
let topicId = 0;
let sourceId = 0;
let searchWord = "";

beforeAll(async () => {
  await migrateToLatest(db);
  await ingestDemoIfEmpty(db);
  const first = await db
    .selectFrom("articles as a")
    .innerJoin("sources as s", "s.id", "a.source_id")
    .select(["a.id", "a.slug", "a.title", "s.slug as source_slug"])
    .where("a.duplicate_of", "is", null)
    .orderBy("a.published_ts", "desc")
    .executeTakeFirstOrThrow();
  slug = first.slug;
  articleId = first.id;
  sourceId = (await findSourceIdBySlug(db, first.source_slug)) ?? 0;
  topicId = (await findTopicIdBySlug(db, "ai")) ?? 0;
  searchWord = first.title.split(/\s+/).sort((a, b) => b.length - a.length)[0] ?? "the";
});

afterAll(async () => {
  await db.destroy();
  directory.remove();
});

const hotQueries: [string, () => Promise<unknown>][] = [
  ["list, first page", () => listArticles(db, { limit: 20 })],
  [
    "list, after a cursor",
    () => listArticles(db, { limit: 20, after: { kind: "list", publishedTs: Date.UTC(2025, 0, 1), id: 10 } }),
  ],
  ["list by topic", () => listArticles(db, { limit: 20, topicId })],
  ["list by source", () => listArticles(db, { limit: 20, sourceId })],
  ["article by slug (detail)", () => findArticleBySlug(db, slug)],
  ["related", async () => listRelatedArticles(db, (await findArticleIdBySlug(db, slug)) ?? articleId, 6)],
  [
    "search",
    () => searchArticles(db, { match: toFtsQuery(searchWord, "all") ?? '"x"', mode: "all", limit: 20 }),
  ],
];

describe("EXPLAIN QUERY PLAN of the hot read queries", () => {
  it.each(hotQueries)("%s: no full scan of a large table", async (_name, run) => {
    const statements = await statementsOf(run);
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) {
      expect(fullScans(statement), `${statement.sql}\n${JSON.stringify(plan(statement))}`).toEqual([]);
    }
  });

  it.each(hotQueries.filter(([name]) => name.startsWith("list")))(
    "%s: walks an index in list order instead of sorting every candidate row",
    async (_name, run) => {
      const [main] = await statementsOf(run);
      if (!main) throw new Error("no statement");
      expect(sortsOfArticleRows(main), `${main.sql}\n${JSON.stringify(plan(main))}`).toEqual([]);
    },
  );
});

/** A statement the ingest path prepared, with every parameter unbound (NULL): plans do not depend on values here. */
function ingestStatement(sql: string): Statement {
  const named = [...sql.matchAll(/@(\w+)/g)].map((match) => match[1] ?? "");
  const parameters = named.length > 0 ? [Object.fromEntries(named.map((name) => [name, null]))] : [];
  return {
    sql,
    parameters: named.length > 0 ? parameters : Array((sql.match(/\?/g) ?? []).length).fill(null),
  };
}

const pagesAfterACursor: [string, () => Promise<unknown>][] = [
  ["list", () => listArticles(db, { limit: 20, after: deepPosition })],
  ["list by topic", () => listArticles(db, { limit: 20, topicId, after: deepPosition })],
  ["list by source", () => listArticles(db, { limit: 20, sourceId, after: deepPosition })],
];
const deepPosition = { kind: "list", publishedTs: Date.UTC(2025, 0, 1), id: 10 } as const;

describe("EXPLAIN QUERY PLAN of a page deep in a list", () => {
  it.each(pagesAfterACursor)(
    "%s: seeks the index to the cursor instead of walking to it from the newest row",
    async (_name, run) => {
      const [main] = await statementsOf(run);
      if (!main) throw new Error("no statement");
      const details = plan(main).map((row) => row.detail);
      expect(details.join("\n")).toMatch(/^SEARCH \w+ USING (COVERING )?INDEX \w+ \(.*<(\?|\(\?,\?\))\)$/m);
    },
  );
});

describe("EXPLAIN QUERY PLAN of the statements prepared on the raw handle: ingest and related ranking", () => {
  it("prepared the statements of a whole feed's store and of ranking a related list", async () => {
    await listRelatedArticles(db, articleId, 6);
    const sources = preparedSources(sqlite).join("\n");
    for (const table of ["articles", "article_topics", "article_fingerprint_bands", "article_terms"])
      expect(sources).toMatch(new RegExp(`INSERT INTO ${table}\\b`));
    expect(sources).toMatch(/FROM article_terms\s+WHERE term = \?/);
    expect(sources).toMatch(/FROM article_topics\s+WHERE topic_id = \?/);
  });

  it("reads no large table from end to end", () => {
    for (const sql of preparedSources(sqlite)) {
      const statement = ingestStatement(sql);
      expect(fullScans(statement), `${sql}\n${JSON.stringify(plan(statement))}`).toEqual([]);
    }
  });

  it("finds a repeat of an item by an index on both its source and its key, never by walking the source", () => {
    const lookups = preparedSources(sqlite).filter((sql) => /WHERE source_id = \? AND (\w+) = \?/.test(sql));
    expect(lookups.length).toBeGreaterThanOrEqual(3);
    for (const sql of lookups) {
      const key = /WHERE source_id = \? AND (\w+) = \?/.exec(sql)?.[1] ?? "";
      const details = plan(ingestStatement(sql)).map((row) => row.detail);
      expect(details.join("\n"), sql).toMatch(new RegExp(`\\b${key}=\\?`));
    }
  });
});

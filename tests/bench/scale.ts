/**
 * Section 3, scale: a synthetic archive grown in steps (1,000, 10,000, 100,000 articles, or up to
 * --articles) in one temporary SQLite file, stored through the ingest path (the worker pool's
 * prepareFeedItems, then storeFeed in batches of 500 from one source, so the fingerprint buckets,
 * word vectors and FTS index are built as in production). After each step: ingest rate and
 * database bytes per article, and a copy of the file. Then the ingest limit beside each step: the
 * same articles through the same pipeline, sanitised and stored as a row and its full-text entry
 * only (ingest-limit.ts), grown to the same sizes. At the end, p50/p95 of the hot queries at
 * every size, timed in interleaved rounds (measureInRounds) in-process by calling the same query
 * functions the API routes call (so the figures are the database work without HTTP; section 2
 * measures the HTTP layer). Related lists are ranked when read, so their cost is in "related".
 *
 * Each step has an ingest budget (--max-seconds): when it runs out the archive stops growing, the
 * queries are measured at the size reached and the larger steps are skipped.
 */
import { statSync } from "node:fs";
import { join } from "node:path";
import type { Kysely } from "kysely";
import { openStore, type Store, sqliteOf } from "../../src/server/db/connection";
import type { ListPosition } from "../../src/server/db/cursor";
import { migrateToLatest } from "../../src/server/db/migrate";
import type { Database } from "../../src/server/db/tables";
import type { FeedItem } from "../../src/server/ingest/normalise-feed";
import { prepareFeedItems } from "../../src/server/ingest/prepare-pool";
import { type FeedSource, storeFeed } from "../../src/server/ingest/store-feed";
import { findArticleBySlug, findArticleIdBySlug, listArticles } from "../../src/server/queries/articles";
import { listRelatedArticles } from "../../src/server/queries/related";
import { searchArticles, toFtsQuery } from "../../src/server/queries/search";
import { findTopicIdBySlug } from "../../src/server/queries/topics";
import { fullTextIndexSql, openBareIngest } from "./ingest-limit";
import { checkpointWholeLog, log, percentile, scratchDirectory, type Table } from "./support";
import { random, type SyntheticCorpus, syntheticCorpus } from "./synthetic";

const BATCH = 500;
const STEPS = [1_000, 10_000, 100_000];
const QUERY_NAMES = [
  "list first page",
  "list deep cursor",
  "list by topic",
  "detail",
  "related",
  "search",
] as const;
export type QueryName = (typeof QUERY_NAMES)[number];

export type Latency = { p50: number; p95: number; samples: number };
/** What one run of articles through the ingest pipeline took. */
export type IngestFigures = {
  articles: number;
  ingestSeconds: number;
  ingestPerSecond: number;
  /** Main-thread time spent waiting for the worker pool to hand over a prepared batch. */
  waitMsPerArticle: number;
  storeMsPerArticle: number;
  /**
   * The longest one feed took to store (its transaction). The server stores feeds on its polling
   * thread (src/server/ingest/polling-thread.ts), so no request waits behind it.
   */
  slowestFeedMs: number;
  databaseBytes: number;
  bytesPerArticle: number;
};
export type ScaleStep = IngestFigures & {
  target: number;
  reachedTarget: boolean;
  /** The same articles through the same pipeline, storing only a row and its full-text entry. */
  limit: IngestFigures | null;
  queries: Record<QueryName, Latency>;
};
export type ScaleResult = {
  requested: number;
  maxSecondsPerStep: number;
  timing: string;
  steps: ScaleStep[];
};

/** Samples of each query per size, spread over ROUNDS rounds (see measureInRounds). */
const SAMPLES: Record<QueryName, number> = {
  "list first page": 300,
  "list deep cursor": 300,
  "list by topic": 300,
  detail: 300,
  related: 300,
  search: 200,
};
const ROUNDS = 5;
const WARM_UP = 20;

/** The hot queries of one archive size, with their arguments picked once: run(name, index). */
type Workload = { run: (name: QueryName, index: number) => Promise<unknown> };

async function workloadFor(
  db: Kysely<Database>,
  count: number,
  seed: number,
  queryWords: (n: number, seed: number) => string[],
): Promise<Workload> {
  const rand = random(seed);
  const stories = await db
    .selectFrom("articles")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("duplicate_of", "is", null)
    .executeTakeFirstOrThrow();
  const storyCount = Number(stories.n);
  // Deep positions: 50-95% of the way down the newest-first list.
  const positions: ListPosition[] = [];
  for (let index = 0; index < 20; index += 1) {
    const offset = Math.floor(storyCount * (0.5 + rand() * 0.45));
    const row = await db
      .selectFrom("articles")
      .select(["published_ts", "id"])
      .where("duplicate_of", "is", null)
      .orderBy("published_ts", "desc")
      .orderBy("id", "desc")
      .limit(1)
      .offset(offset)
      .executeTakeFirst();
    if (row) positions.push({ kind: "list", publishedTs: row.published_ts, id: row.id });
  }
  const slugs: string[] = [];
  for (let index = 0; index < 200; index += 1) {
    const row = await db
      .selectFrom("articles")
      .select("slug")
      .where("id", "=", 1 + Math.floor(rand() * count))
      .executeTakeFirst();
    if (row) slugs.push(row.slug);
  }
  const topicIds = (
    await Promise.all(
      ["ai", "crypto-markets", "technology", "science", "policy", "culture"].map((slug) =>
        findTopicIdBySlug(db, slug),
      ),
    )
  ).filter((id): id is number => id !== null);
  const words = queryWords(200, seed + 1);
  const searches = words.map((word, index) =>
    index % 2 === 0 ? word : `${word} ${words[(index * 7) % words.length]}`,
  );

  const pick = <T>(list: readonly T[], index: number): T => list[index % list.length] as T;
  const search = async (q: string) => {
    // As the search route does: every word first, any of them when nothing has all.
    const all = toFtsQuery(q, "all");
    if (!all) return null;
    const result = await searchArticles(db, { match: all, mode: "all", limit: 20 });
    if (result.items.length > 0) return result;
    const any = toFtsQuery(q, "any");
    return any ? searchArticles(db, { match: any, mode: "any", limit: 20 }) : null;
  };

  const queries: Record<QueryName, (index: number) => Promise<unknown>> = {
    "list first page": () => listArticles(db, { limit: 20 }),
    "list deep cursor": (index) => listArticles(db, { limit: 20, after: pick(positions, index) }),
    "list by topic": (index) => listArticles(db, { limit: 20, topicId: pick(topicIds, index) }),
    detail: (index) => findArticleBySlug(db, pick(slugs, index)),
    related: async (index) => {
      const id = await findArticleIdBySlug(db, pick(slugs, index));
      return id === null ? [] : listRelatedArticles(db, id, 6);
    },
    search: (index) => search(pick(searches, index)),
  };
  return { run: (name, index) => queries[name](index) };
}

/**
 * Times every size's queries in interleaved rounds (all sizes in round 1, then all in round 2, in
 * alternating order), so that a change in this virtual machine's speed during the measurement
 * falls on every size alike and the growth from one size to the next is the archive's, not the
 * host's. Returns p50/p95 per size, in the order given.
 */
async function measureInRounds(workloads: readonly Workload[]): Promise<Record<QueryName, Latency>[]> {
  const durations = workloads.map(() => new Map<QueryName, number[]>(QUERY_NAMES.map((name) => [name, []])));
  for (const [position, workload] of workloads.entries()) {
    for (const name of QUERY_NAMES)
      for (let index = 0; index < WARM_UP; index += 1) await workload.run(name, index);
    log(`scale: warmed the queries of archive ${position + 1} of ${workloads.length}`);
  }
  for (let round = 0; round < ROUNDS; round += 1) {
    const order = workloads.map((_, position) => position);
    if (round % 2 === 1) order.reverse();
    for (const position of order) {
      const workload = workloads[position];
      const samples = durations[position];
      if (!workload || !samples) continue;
      for (const name of QUERY_NAMES) {
        const perRound = Math.ceil(SAMPLES[name] / ROUNDS);
        for (let sample = 0; sample < perRound; sample += 1) {
          const index = round * perRound + sample;
          const started = performance.now();
          await workload.run(name, index);
          samples.get(name)?.push(performance.now() - started);
        }
      }
    }
  }
  return durations.map(
    (byName) =>
      Object.fromEntries(
        QUERY_NAMES.map((name) => {
          const values = byName.get(name) ?? [];
          return [name, { p50: percentile(values, 50), p95: percentile(values, 95), samples: values.length }];
        }),
      ) as Record<QueryName, Latency>,
  );
}

type SyntheticBatch = { source: FeedSource; seenAt: Date; items: FeedItem[] };

/** The archive's batches from article `from` up to `target`, each made when it is asked for. */
function syntheticBatches(
  corpus: SyntheticCorpus,
  from: number,
  target: number,
): () => SyntheticBatch | null {
  let at = from;
  return () => {
    if (at >= target) return null;
    const sourceIndex = Math.floor(at / BATCH) % corpus.sources.length;
    const source = corpus.sources[sourceIndex];
    if (!source) throw new Error("no source");
    const size = Math.min(BATCH, target - at);
    const first = at;
    at += size;
    return {
      source,
      seenAt: new Date(Date.UTC(2026, 0, 1) + first * 1000),
      items: Array.from({ length: size }, (_, index) => corpus.item(first + index, sourceIndex)),
    };
  };
}

/** Time spent in the pipeline so far; throughPipeline adds to it. */
type PipelineClock = { ingestMs: number; waitMs: number; storeMs: number; slowestFeedMs: number };

const newClock = (): PipelineClock => ({ ingestMs: 0, waitMs: 0, storeMs: 0, slowestFeedMs: 0 });

/**
 * Runs batches through the pipeline the server uses: each batch is prepared on a worker pool while
 * the one before it is stored, and the clock runs for all of that. Making the synthetic items is
 * the generator's work, not ingest: each batch is made with the clock stopped, at the one moment
 * neither stage has work (the worker has just handed over the batch before it, and the main
 * thread has not started storing that one), so no ingest work happens off the clock and the
 * pipeline never drains between batches. `keepGoing` is asked off the clock before each further
 * batch. Returns the articles it ran.
 */
async function throughPipeline<Prepared>(
  nextBatch: () => SyntheticBatch | null,
  stages: {
    prepare: (batch: SyntheticBatch) => Promise<Prepared>;
    store: (batch: SyntheticBatch, prepared: Prepared) => unknown;
  },
  clock: PipelineClock,
  keepGoing: () => boolean = () => true,
): Promise<number> {
  let batch = nextBatch();
  if (!batch) return 0;
  let articles = 0;
  let started = performance.now();
  let pending = stages.prepare(batch);
  while (batch) {
    const waitStarted = performance.now();
    const prepared = await pending;
    const paused = performance.now();
    clock.waitMs += paused - waitStarted;
    clock.ingestMs += paused - started;
    const next = keepGoing() ? nextBatch() : null;
    started = performance.now();
    if (next) pending = stages.prepare(next);
    await stages.store(batch, prepared);
    const feedMs = performance.now() - started;
    clock.storeMs += feedMs;
    clock.slowestFeedMs = Math.max(clock.slowestFeedMs, feedMs);
    articles += batch.items.length;
    batch = next;
  }
  clock.ingestMs += performance.now() - started;
  return articles;
}

function figures(
  clock: PipelineClock,
  added: number,
  articles: number,
  databaseBytes: number,
): IngestFigures {
  return {
    articles,
    ingestSeconds: clock.ingestMs / 1000,
    ingestPerSecond: added / (clock.ingestMs / 1000),
    waitMsPerArticle: clock.waitMs / added,
    storeMsPerArticle: clock.storeMs / added,
    slowestFeedMs: clock.slowestFeedMs,
    databaseBytes,
    bytesPerArticle: databaseBytes / articles,
  };
}

/**
 * The bare limit (ingest-limit.ts): the same articles through the same pipeline, doing the least,
 * grown through the same sizes as the archive. Returns each step's figures, as the archive's.
 */
async function measureLimit(
  corpus: SyntheticCorpus,
  fullTextSql: string,
  directory: string,
  sizes: readonly number[],
): Promise<IngestFigures[]> {
  const bare = await openBareIngest(directory, fullTextSql);
  try {
    const steps: IngestFigures[] = [];
    let count = 0;
    for (const size of sizes) {
      const stepStart = count;
      const clock = newClock();
      count += await throughPipeline(
        syntheticBatches(corpus, count, size),
        { prepare: (batch) => bare.prepare(batch.items), store: (_, prepared) => bare.store(prepared) },
        clock,
      );
      steps.push(figures(clock, count - stepStart, count, await bare.bytes()));
    }
    return steps;
  } finally {
    await bare.close();
  }
}

export async function runScale(options: {
  articles: number;
  maxSeconds: number;
}): Promise<{ result: ScaleResult; tables: Table[] }> {
  const corpus = syntheticCorpus();
  const scratch = scratchDirectory("scale-");
  const file = join(scratch.path, "scale.db");
  const store = openStore({ kind: "sqlite", file }, { checkpointInBackground: true });
  const steps: ScaleStep[] = [];
  const ingested: Omit<ScaleStep, "queries" | "limit">[] = [];
  // Each smaller size is kept as a copy of the file, so its queries can be timed beside the
  // largest's at the end (measureInRounds).
  const snapshots: Store[] = [];
  try {
    await migrateToLatest(store.db);
    // The server's pool is warm when feeds arrive; start its worker before the clock does.
    await prepareFeedItems([], new Date());
    const targets = [...new Set([...STEPS.filter((step) => step < options.articles), options.articles])];
    let count = 0;
    for (const target of targets) {
      const stepStart = count;
      const clock = newClock();
      let lastReport = performance.now();
      const started = performance.now();
      let outOfTime = false;
      const report = () => {
        lastReport = performance.now();
        const added = count - stepStart;
        log(
          `scale: ${count.toLocaleString("en")} / ${target.toLocaleString("en")} articles, ` +
            `${(added / (clock.ingestMs / 1000)).toFixed(0)}/s (store ${(clock.storeMs / added).toFixed(1)} ms, ` +
            `waiting for the workers ${(clock.waitMs / added).toFixed(1)} ms per article), ` +
            `${((lastReport - started) / 1000).toFixed(0)} s of ${options.maxSeconds} s budget`,
        );
      };
      await throughPipeline(
        syntheticBatches(corpus, count, target),
        {
          prepare: (batch) => prepareFeedItems(batch.items, batch.seenAt),
          store: async (batch, prepared) => {
            await storeFeed(store.db, batch.source, prepared, batch.seenAt);
            count += batch.items.length;
          },
        },
        clock,
        () => {
          if (performance.now() - lastReport > 10_000) report();
          outOfTime = (performance.now() - started) / 1000 > options.maxSeconds;
          return !outOfTime;
        },
      );
      outOfTime = count < target;
      report();
      if (outOfTime)
        log(
          `scale: budget of ${options.maxSeconds} s spent at ${count} articles; measuring there and stopping`,
        );
      await checkpointWholeLog(sqliteOf(store.db));
      const databaseBytes = statSync(file).size;
      const last = outOfTime || target === targets.at(-1);
      if (!last) {
        // SQLite's backup, not a copy of the file: the checkpoint thread may write into the file
        // while it is read, and a copy taken then was once a malformed database.
        const copy = join(scratch.path, `scale-${count}.db`);
        await sqliteOf(store.db).backup(copy);
        snapshots.push(openStore({ kind: "sqlite", file: copy }));
      }
      ingested.push({
        target,
        reachedTarget: !outOfTime,
        ...figures(clock, count - stepStart, count, databaseBytes),
      });
      if (outOfTime) break;
    }
    log("scale: the limit, the same articles sanitised and stored as a row and its index entry only …");
    const limits = await measureLimit(
      corpus,
      fullTextIndexSql(sqliteOf(store.db)),
      scratch.path,
      ingested.map((step) => step.articles),
    );
    log(`scale: timing the queries of ${ingested.length} archive sizes in ${ROUNDS} interleaved rounds …`);
    const stores = [...snapshots, store];
    const workloads = await Promise.all(
      ingested.map((step, position) =>
        workloadFor((stores[position] ?? store).db, step.articles, step.target, corpus.queryWords),
      ),
    );
    const latencies = await measureInRounds(workloads);
    ingested.forEach((step, position) => {
      const queries = latencies[position];
      if (queries) steps.push({ ...step, queries, limit: limits[position] ?? null });
    });
  } finally {
    for (const snapshot of snapshots) await snapshot.close();
    await store.close();
    scratch.remove();
  }

  const result: ScaleResult = {
    requested: options.articles,
    maxSecondsPerStep: options.maxSeconds,
    timing:
      "in-process: the query functions of src/server/queries/ on the same Kysely + better-sqlite3 store the server uses",
    steps,
  };
  const fmt = (latency: Latency) => `${latency.p50.toFixed(2)} / ${latency.p95.toFixed(2)}`;
  return {
    result,
    tables: [
      {
        title:
          "3a. Scale: ingest (synthetic archive through the prepare workers + storeFeed, batches of 500)",
        columns: [
          "articles",
          "ingest art/s",
          "limit art/s",
          "waiting for workers ms/art",
          "store ms/art",
          "limit store ms/art",
          "slowest feed ms",
          "DB MB",
          "DB bytes/article",
          "note",
        ],
        rows: steps.map((step) => [
          step.articles.toLocaleString("en"),
          step.ingestPerSecond,
          step.limit?.ingestPerSecond ?? "–",
          step.waitMsPerArticle,
          step.storeMsPerArticle,
          step.limit?.storeMsPerArticle ?? "–",
          Math.round(step.slowestFeedMs),
          (step.databaseBytes / 2 ** 20).toFixed(1),
          Math.round(step.bytesPerArticle),
          step.reachedTarget ? "" : `budget spent before ${step.target.toLocaleString("en")}`,
        ]),
        notes: [
          "ingest art/s counts the articles added in that step (the archive grows 1k → 10k → 100k)",
          "slowest feed = the longest one feed of 500 took to store (the server does it on its polling thread, off the requests' path)",
          "limit = the least any ingest does, the same articles in the same pipeline grown to the same sizes: each item",
          "  sanitised and its text taken out on the worker, then a row and its entry in the archive's own full-text index;",
          "  no copy lookup, slug, topics, tags, fingerprint buckets or word vectors (ingest-limit.ts)",
        ],
      },
      {
        title: "3b. Scale: query latency p50 / p95 in ms (in-process, src/server/queries/)",
        columns: ["query", ...steps.map((step) => `${step.articles.toLocaleString("en")} articles`)],
        rows: QUERY_NAMES.map((name) => [name, ...steps.map((step) => fmt(step.queries[name]))]),
        notes: [
          "list = 20 newest stories + topics; deep cursor = a page 50-95% down the list; detail = findArticleBySlug;",
          "related = slug → id + 6 related; search = 1-2 mid-frequency words, all-words then any-word fallback, 20 hits;",
          `every size timed at the end in ${ROUNDS} interleaved rounds, so a change in the host's speed falls on all sizes alike`,
        ],
      },
    ],
  };
}

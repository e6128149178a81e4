/**
 * "You may also like", computed and stored when articles change, never hand-listed.
 *
 * Each story is keyed by its most distinctive words (a short TF-IDF vector, term-vector.ts). Its
 * candidates are the stories that lean hardest on the same words (a bounded walk of one index per
 * word) and the latest stories of its topics; each is scored by text similarity (the cosine of the
 * two vectors), shared topics and a light preference for recent pieces. The work per article is
 * the same at a thousand articles or a million.
 *
 * A new story is then offered to the lists of the stories it picked: it joins a list when it beats
 * that list's weakest entry, so older articles point to newer ones without being recomputed. The
 * offers of a whole feed are collected and each list takes its own in one pass (applyOffers), so a
 * list that many new stories pick is read and written once.
 */
import type SqliteDatabase from "better-sqlite3";
import { RELATED_LIMIT } from "../../shared/limits";
import { prepared } from "../db/prepared";
import type { TermWeight } from "./term-vector";

/** Stories read per word of the vector: the ones that lean on that word the most. */
const STORIES_PER_TERM = 30;
const TEXT_CANDIDATES = 40;
const TOPIC_CANDIDATES = 20;
const LIST_LENGTH = RELATED_LIMIT.max;
const DAY_MS = 86_400_000;

const WEIGHT = { text: 0.6, sharedTopics: 0.3, mainTopic: 0.15, recency: 0.05 } as const;

type Sqlite = SqliteDatabase.Database;
export type Facts = {
  id: number;
  sourceId: number;
  sourceName: string;
  publishedTs: number;
  topicIds: number[];
};
type Ranked = { id: number; score: number; reason: string | null };
export type RelatedContext = {
  now: number;
  topicNames: ReadonlyMap<number, string>;
  sourceNames: ReadonlyMap<number, string>;
  /**
   * Facts read so far in this transaction (null: not a story). They cannot change while lists are
   * computed, and the latest stories of a topic are candidates for a whole feed's articles.
   */
  facts: Map<number, Facts | null>;
  /** Entries offered to other stories' lists, by list, waiting for applyOffers. */
  offers: Map<number, Ranked[]>;
};

/** A context for computing lists in one transaction, with the names its reasons quote. */
export function relatedContext(sqlite: Sqlite, now: number): RelatedContext {
  const names = (table: "topics" | "sources") =>
    new Map(
      prepared<[], [number, string]>(sqlite, `SELECT id, name FROM ${table}`)
        .raw(true)
        .all()
        .map(([id, name]) => [id, name] as const),
    );
  return {
    now,
    topicNames: names("topics"),
    sourceNames: names("sources"),
    facts: new Map(),
    offers: new Map(),
  };
}

/** Stories only: another publisher's copy of a story is never suggested; the story itself is. */
function storyFacts(sqlite: Sqlite, ids: readonly number[], context: RelatedContext): Facts[] {
  const { facts: known, sourceNames } = context;
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length > 0) {
    for (const id of missing) known.set(id, null);
    for (const facts of readStoryFacts(sqlite, missing, sourceNames)) known.set(facts.id, facts);
  }
  return ids.flatMap((id) => known.get(id) ?? []);
}

/**
 * Two reads for any number of stories: the covering index (the row itself keeps these columns
 * behind its body text), then their topics in order.
 */
function readStoryFacts(sqlite: Sqlite, ids: readonly number[], sourceNames: ReadonlyMap<number, string>) {
  const idList = JSON.stringify(ids);
  const stories = prepared<[string], [number, number, number]>(
    sqlite,
    `SELECT id, source_id, published_ts FROM articles INDEXED BY articles_story_facts
     WHERE id IN (SELECT value FROM json_each(?)) AND duplicate_of IS NULL`,
  )
    .raw(true)
    .all(idList);
  const topics = new Map<number, number[]>();
  const topicRows = prepared<[string], [number, number]>(
    sqlite,
    `SELECT article_id, topic_id FROM article_topics
     WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY article_id, position`,
  )
    .raw(true)
    .all(idList);
  for (const [articleId, topicId] of topicRows) {
    const list = topics.get(articleId);
    if (list) list.push(topicId);
    else topics.set(articleId, [topicId]);
  }
  return stories.map(
    ([id, sourceId, publishedTs]): Facts => ({
      id,
      sourceId,
      sourceName: sourceNames.get(sourceId) ?? "",
      publishedTs,
      topicIds: topics.get(id) ?? [],
    }),
  );
}

export function saveTermVector(sqlite: Sqlite, articleId: number, vector: readonly TermWeight[]): void {
  prepared(sqlite, "DELETE FROM article_terms WHERE article_id = ?").run(articleId);
  const insert = prepared(sqlite, "INSERT INTO article_terms (article_id, term, weight) VALUES (?, ?, ?)");
  for (const { term, weight } of vector) insert.run(articleId, term, weight);
}

/** Cosine similarity to the stories that share the vector's words, as far as the walk reaches. */
function textSimilarity(sqlite: Sqlite, articleId: number, vector: readonly TermWeight[]) {
  const walk = prepared<[string, number, number], [number, number]>(
    sqlite,
    `SELECT article_id, weight FROM article_terms
     WHERE term = ? AND article_id != ? ORDER BY weight DESC LIMIT ?`,
  );
  walk.raw(true);
  const similarity = new Map<number, number>();
  for (const { term, weight } of vector) {
    for (const [id, otherWeight] of walk.all(term, articleId, STORIES_PER_TERM)) {
      similarity.set(id, (similarity.get(id) ?? 0) + weight * otherWeight);
    }
  }
  return similarity;
}

function latestOfTopics(sqlite: Sqlite, articleId: number, topicIds: readonly number[]): number[] {
  // One indexed walk per topic (topic_id, published_ts): O(limit) however large the archive grows.
  const walk = prepared<[number, number, number], { articleId: number }>(
    sqlite,
    `SELECT article_id AS articleId FROM article_topics
     WHERE topic_id = ? AND article_id != ? ORDER BY published_ts DESC LIMIT ?`,
  );
  return topicIds.flatMap((topicId) =>
    walk.all(topicId, articleId, TOPIC_CANDIDATES).map((row) => row.articleId),
  );
}

/** How well `candidate` suits a reader of `reader`, and the line that says why. */
function score(reader: Facts, candidate: Facts, text: number, context: RelatedContext): Ranked {
  const shared = candidate.topicIds.filter((id) => reader.topicIds.includes(id));
  const mainTopicId = reader.topicIds[0];
  const sharesMain = mainTopicId !== undefined && shared.includes(mainTopicId);
  const ageDays = Math.max(0, context.now - candidate.publishedTs) / DAY_MS;
  const value =
    WEIGHT.text * Math.min(1, text) +
    WEIGHT.sharedTopics * (shared.length / Math.max(1, reader.topicIds.length)) +
    (sharesMain ? WEIGHT.mainTopic : 0) +
    WEIGHT.recency * Math.exp(-ageDays / 180);
  const topicForReason = sharesMain ? mainTopicId : shared[0];
  const reason =
    topicForReason !== undefined
      ? `Also about ${context.topicNames.get(topicForReason) ?? "the same topic"}`
      : candidate.sourceId === reader.sourceId
        ? `More from ${reader.sourceName}`
        : null;
  return { id: candidate.id, score: value, reason };
}

function saveList(sqlite: Sqlite, articleId: number, ranked: readonly Ranked[]): void {
  prepared(sqlite, "DELETE FROM related_articles WHERE article_id = ?").run(articleId);
  const insert = prepared(
    sqlite,
    "INSERT INTO related_articles (article_id, related_id, score, reason) VALUES (?, ?, ?, ?)",
  );
  for (const entry of ranked) insert.run(articleId, entry.id, entry.score, entry.reason);
}

function byRank(a: Ranked, b: Ranked): number {
  return b.score - a.score || b.id - a.id;
}

/**
 * Each list that was offered entries keeps its best LIST_LENGTH of what it had and what it was
 * offered (a later offer of the same story replaces an earlier one); only what changed is written.
 */
export function applyOffers(sqlite: Sqlite, context: RelatedContext): void {
  const current = prepared<[number], [number, number, string | null]>(
    sqlite,
    "SELECT related_id, score, reason FROM related_articles WHERE article_id = ?",
  ).raw(true);
  const upsert = prepared(
    sqlite,
    `INSERT INTO related_articles (article_id, related_id, score, reason) VALUES (?, ?, ?, ?)
     ON CONFLICT (article_id, related_id) DO UPDATE SET score = excluded.score, reason = excluded.reason`,
  );
  const remove = prepared(sqlite, "DELETE FROM related_articles WHERE article_id = ? AND related_id = ?");
  for (const [listId, offered] of context.offers) {
    const entries = new Map<number, Ranked>();
    for (const [id, score, reason] of current.all(listId)) entries.set(id, { id, score, reason });
    const before = new Set(entries.keys());
    for (const entry of offered) entries.set(entry.id, entry);
    const kept = [...entries.values()].sort(byRank).slice(0, LIST_LENGTH);
    const keptIds = new Set(kept.map((entry) => entry.id));
    for (const id of before) if (!keptIds.has(id)) remove.run(listId, id);
    for (const entry of offered) {
      if (keptIds.has(entry.id) && entries.get(entry.id) === entry)
        upsert.run(listId, entry.id, entry.score, entry.reason);
    }
  }
  context.offers.clear();
}

/**
 * Computes and stores the list of one story from its stored vector's neighbourhood, then offers the
 * story to the lists of the stories it chose (stored by applyOffers).
 */
export function refreshRelated(
  sqlite: Sqlite,
  articleId: number,
  vector: readonly TermWeight[],
  context: RelatedContext,
): void {
  const self = storyFacts(sqlite, [articleId], context)[0];
  if (!self) return;
  const text = textSimilarity(sqlite, articleId, vector);
  const byText = [...text.entries()]
    .sort((a, b) => b[1] - a[1] || b[0] - a[0])
    .slice(0, TEXT_CANDIDATES)
    .map(([id]) => id);
  const candidateIds = [...new Set([...byText, ...latestOfTopics(sqlite, articleId, self.topicIds)])];
  const candidates = storyFacts(sqlite, candidateIds, context);
  const ranked = candidates
    .map((candidate) => score(self, candidate, text.get(candidate.id) ?? 0, context))
    .sort(byRank)
    .slice(0, LIST_LENGTH);
  saveList(sqlite, articleId, ranked);

  const chosen = new Set(ranked.map((entry) => entry.id));
  for (const candidate of candidates) {
    if (!chosen.has(candidate.id)) continue;
    const entry = score(candidate, self, text.get(candidate.id) ?? 0, context);
    const offered = context.offers.get(candidate.id);
    if (offered) offered.push(entry);
    else context.offers.set(candidate.id, [entry]);
  }
}

/** A story that became another's copy leaves every list, and loses its own list and key words. */
export function leaveRelatedReading(sqlite: Sqlite, articleId: number): void {
  prepared(sqlite, "DELETE FROM related_articles WHERE related_id = ?").run(articleId);
  prepared(sqlite, "DELETE FROM related_articles WHERE article_id = ?").run(articleId);
  prepared(sqlite, "DELETE FROM article_terms WHERE article_id = ?").run(articleId);
}

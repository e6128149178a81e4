/**
 * "You may also like", ranked when it is asked for, from what ingest keeps per story: its most
 * distinctive words (a short TF-IDF vector in article_terms, see ingest/term-vector.ts) and its
 * topics. Nothing is stored per list, so a list is never stale: a story published after this one
 * is in it as soon as it is stored, and a story that became another's copy has left it.
 *
 * The candidates are the stories that lean hardest on the same words (a bounded walk of one index
 * per word) and the latest stories of its topics; each is scored by text similarity (the cosine of
 * the two vectors), shared topics and a light preference for recent pieces. The walks are bounded,
 * so the work per list is the same at a thousand articles or a million.
 */
import type SqliteDatabase from "better-sqlite3";
import { prepared } from "../db/prepared";

/** Stories read per word of the vector: the ones that lean on that word the most. */
const STORIES_PER_TERM = 30;
const TEXT_CANDIDATES = 40;
const TOPIC_CANDIDATES = 20;
const DAY_MS = 86_400_000;

const WEIGHT = { text: 0.6, sharedTopics: 0.3, mainTopic: 0.15, recency: 0.05 } as const;

type Sqlite = SqliteDatabase.Database;
type Facts = { id: number; sourceId: number; publishedTs: number; topicIds: number[] };
type Scored = { id: number; score: number; topicForReason: number | undefined; sameSource: boolean };
export type RankedRelated = { id: number; score: number; reason: string | null };

/**
 * Stories only (another publisher's copy is never suggested; the story itself is), in two reads
 * for any number of them: the covering index, then their topics in order.
 */
function storyFacts(sqlite: Sqlite, ids: readonly number[]): Facts[] {
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
  return stories.map(([id, sourceId, publishedTs]) => ({
    id,
    sourceId,
    publishedTs,
    topicIds: topics.get(id) ?? [],
  }));
}

/** Cosine similarity to the stories that share the story's words, as far as the walk reaches. */
function textSimilarity(sqlite: Sqlite, articleId: number): Map<number, number> {
  const vector = prepared<[number], [string, number]>(
    sqlite,
    "SELECT term, weight FROM article_terms WHERE article_id = ?",
  )
    .raw(true)
    .all(articleId);
  const walk = prepared<[string, number, number], [number, number]>(
    sqlite,
    `SELECT article_id, weight FROM article_terms
     WHERE term = ? AND article_id != ? ORDER BY weight DESC LIMIT ?`,
  ).raw(true);
  const similarity = new Map<number, number>();
  for (const [term, weight] of vector) {
    for (const [id, otherWeight] of walk.all(term, articleId, STORIES_PER_TERM)) {
      similarity.set(id, (similarity.get(id) ?? 0) + weight * otherWeight);
    }
  }
  return similarity;
}

function latestOfTopics(sqlite: Sqlite, articleId: number, topicIds: readonly number[]): number[] {
  // One indexed walk per topic (topic_id, published_ts): O(limit) however large the archive grows.
  const walk = prepared<[number, number, number], [number]>(
    sqlite,
    `SELECT article_id FROM article_topics
     WHERE topic_id = ? AND article_id != ? ORDER BY published_ts DESC LIMIT ?`,
  ).raw(true);
  return topicIds.flatMap((topicId) => walk.all(topicId, articleId, TOPIC_CANDIDATES).map(([id]) => id));
}

/** How well `candidate` suits a reader of `reader`, and what the line saying why should quote. */
function score(reader: Facts, candidate: Facts, text: number, now: number): Scored {
  const shared = candidate.topicIds.filter((id) => reader.topicIds.includes(id));
  const mainTopicId = reader.topicIds[0];
  const sharesMain = mainTopicId !== undefined && shared.includes(mainTopicId);
  const ageDays = Math.max(0, now - candidate.publishedTs) / DAY_MS;
  const value =
    WEIGHT.text * Math.min(1, text) +
    WEIGHT.sharedTopics * (shared.length / Math.max(1, reader.topicIds.length)) +
    (sharesMain ? WEIGHT.mainTopic : 0) +
    WEIGHT.recency * Math.exp(-ageDays / 180);
  return {
    id: candidate.id,
    score: value,
    topicForReason: sharesMain ? mainTopicId : shared[0],
    sameSource: candidate.sourceId === reader.sourceId,
  };
}

/** The lines that say why: "Also about AI", "More from The Long Table". */
function reasonsFor(sqlite: Sqlite, reader: Facts, chosen: readonly Scored[]): RankedRelated[] {
  const topicName = prepared<[number], { name: string }>(sqlite, "SELECT name FROM topics WHERE id = ?");
  // Every "More from" entry shares the reader's publisher: its name is read once, if at all.
  let publisher: string | undefined;
  const publisherName = () => {
    publisher ??=
      prepared<[number], { name: string }>(sqlite, "SELECT name FROM sources WHERE id = ?").get(
        reader.sourceId,
      )?.name ?? "this publisher";
    return publisher;
  };
  return chosen.map((entry) => {
    const reason =
      entry.topicForReason !== undefined
        ? `Also about ${topicName.get(entry.topicForReason)?.name ?? "the same topic"}`
        : entry.sameSource
          ? `More from ${publisherName()}`
          : null;
    return { id: entry.id, score: entry.score, reason };
  });
}

/** The `limit` stories most worth reading after `articleId`, best first; none if it is a copy. */
export function rankRelated(sqlite: Sqlite, articleId: number, limit: number, now: number): RankedRelated[] {
  const [reader] = storyFacts(sqlite, [articleId]);
  if (!reader) return [];
  const text = textSimilarity(sqlite, articleId);
  const byText = [...text.entries()]
    .sort((a, b) => b[1] - a[1] || b[0] - a[0])
    .slice(0, TEXT_CANDIDATES)
    .map(([id]) => id);
  const candidateIds = [...new Set([...byText, ...latestOfTopics(sqlite, articleId, reader.topicIds)])];
  const chosen = storyFacts(sqlite, candidateIds)
    .map((candidate) => score(reader, candidate, text.get(candidate.id) ?? 0, now))
    .sort((a, b) => b.score - a.score || b.id - a.id)
    .slice(0, limit);
  return reasonsFor(sqlite, reader, chosen);
}

/**
 * "You may also like", computed and stored when articles change, never hand-listed.
 *
 * For an article we take its most distinctive words (TF-IDF against the FTS index's own document
 * frequencies), let FTS5's bm25 find the articles that use them most, add the latest articles of its
 * topics as candidates, and score each candidate by text similarity, shared topics and a light
 * preference for recent pieces.
 */
import { type Kysely, sql } from "kysely";
import { RELATED_LIMIT } from "../../shared/limits";
import type { Database } from "../db/tables";
import { contentWords } from "../text/terms";
import type { DocumentFrequencies } from "./document-frequencies";

const QUERY_TERMS = 14;
const TEXT_CANDIDATES = 50;
const TOPIC_CANDIDATES = 30;
/** How many of an article's new neighbours get their own lists recomputed after it changes. */
const NEIGHBOURS_TO_REFRESH = RELATED_LIMIT.max;
const DAY_MS = 86_400_000;

const WEIGHT = { text: 0.6, sharedTopics: 0.3, mainTopic: 0.15, recency: 0.05 } as const;

type Facts = {
  id: number;
  sourceId: number;
  sourceName: string;
  publishedTs: number;
  topics: { id: number; name: string }[];
};
type Ranked = { id: number; score: number; reason: string | null };

async function factsOf(db: Kysely<Database>, ids: readonly number[]): Promise<Map<number, Facts>> {
  const facts = new Map<number, Facts>();
  if (ids.length === 0) return facts;
  const rows = await db
    .selectFrom("articles as a")
    .innerJoin("sources as s", "s.id", "a.source_id")
    .select(["a.id", "a.source_id", "a.published_ts", "s.name as source_name"])
    .where("a.id", "in", ids)
    // Another publisher's copy of a story is never suggested; the story itself is.
    .where("a.duplicate_of", "is", null)
    .execute();
  for (const row of rows) {
    facts.set(row.id, {
      id: row.id,
      sourceId: row.source_id,
      sourceName: row.source_name,
      publishedTs: row.published_ts,
      topics: [],
    });
  }
  const topics = await db
    .selectFrom("article_topics as at")
    .innerJoin("topics as t", "t.id", "at.topic_id")
    .select(["at.article_id", "t.id", "t.name"])
    .where("at.article_id", "in", ids)
    .orderBy("at.position")
    .execute();
  for (const topic of topics) facts.get(topic.article_id)?.topics.push({ id: topic.id, name: topic.name });
  return facts;
}

/** The article's most distinctive terms, as an FTS5 OR query of quoted words. */
async function distinctiveTermsQuery(
  db: Kysely<Database>,
  articleId: number,
  frequencies: DocumentFrequencies,
): Promise<string | null> {
  const article = await db
    .selectFrom("articles")
    .select(["title", "excerpt", "content_text"])
    .where("id", "=", articleId)
    .executeTakeFirst();
  if (!article) return null;

  const frequency = new Map<string, number>();
  const add = (text: string, weight: number) => {
    for (const word of contentWords(text)) frequency.set(word, (frequency.get(word) ?? 0) + weight);
  };
  add(article.title, 3);
  add(article.excerpt, 2);
  add(article.content_text, 1);

  const n = Math.max(1, frequencies.documents);
  const weighted = [...frequency.entries()]
    .map(([term, count]) => {
      const df = frequencies.countOf(term);
      // A word no other article uses cannot connect this article to anything.
      const idf = df <= 1 ? 0 : Math.log(1 + n / df);
      return { term, weight: (1 + Math.log(count)) * idf };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, QUERY_TERMS);
  if (weighted.length === 0) return null;
  return weighted.map((entry) => `"${entry.term}"`).join(" OR ");
}

export async function computeRelated(
  db: Kysely<Database>,
  articleId: number,
  now: number,
  frequencies: DocumentFrequencies,
): Promise<Ranked[]> {
  const self = (await factsOf(db, [articleId])).get(articleId);
  if (!self) return [];

  const textScores = new Map<number, number>();
  const query = await distinctiveTermsQuery(db, articleId, frequencies);
  if (query) {
    const rows = await sql<{ id: number; rank: number }>`
      SELECT rowid AS id, bm25(articles_fts, 3.0, 2.0, 1.0) AS rank
      FROM articles_fts WHERE articles_fts MATCH ${query} AND rowid != ${articleId}
      ORDER BY rank LIMIT ${TEXT_CANDIDATES}`.execute(db);
    // bm25 is lower-is-better and unbounded: scale to 0..1 against this article's best match.
    const best = Math.max(...rows.rows.map((row) => -row.rank), Number.EPSILON);
    for (const row of rows.rows) textScores.set(row.id, Math.max(0, -row.rank) / best);
  }

  const topicIds = self.topics.map((topic) => topic.id);
  // One indexed walk per topic (topic_id, published_ts): O(limit) however large the archive grows.
  const topicCandidates = (
    await Promise.all(
      topicIds.map((topicId) =>
        db
          .selectFrom("article_topics")
          .select("article_id")
          .where("topic_id", "=", topicId)
          .where("article_id", "!=", articleId)
          .orderBy("published_ts", "desc")
          .limit(TOPIC_CANDIDATES)
          .execute(),
      ),
    )
  ).flat();

  const candidateIds = [...new Set([...textScores.keys(), ...topicCandidates.map((row) => row.article_id)])];
  const candidates = await factsOf(db, candidateIds);
  const mainTopicId = self.topics[0]?.id;

  const ranked: Ranked[] = [];
  for (const candidate of candidates.values()) {
    if (candidate.id === articleId) continue;
    const shared = candidate.topics.filter((topic) => topicIds.includes(topic.id));
    const sharesMain = shared.some((topic) => topic.id === mainTopicId);
    const ageDays = Math.max(0, now - candidate.publishedTs) / DAY_MS;
    const score =
      WEIGHT.text * (textScores.get(candidate.id) ?? 0) +
      WEIGHT.sharedTopics * (shared.length / Math.max(1, topicIds.length)) +
      (sharesMain ? WEIGHT.mainTopic : 0) +
      WEIGHT.recency * Math.exp(-ageDays / 180);
    const topicForReason = shared.find((topic) => topic.id === mainTopicId) ?? shared[0];
    const reason = topicForReason
      ? `Also about ${topicForReason.name}`
      : candidate.sourceId === self.sourceId
        ? `More from ${self.sourceName}`
        : null;
    ranked.push({ id: candidate.id, score, reason });
  }
  return ranked.sort((a, b) => b.score - a.score || b.id - a.id).slice(0, RELATED_LIMIT.max);
}

async function saveRelated(
  db: Kysely<Database>,
  articleId: number,
  ranked: readonly Ranked[],
): Promise<void> {
  await db.deleteFrom("related_articles").where("article_id", "=", articleId).execute();
  if (ranked.length === 0) return;
  await db
    .insertInto("related_articles")
    .values(
      ranked.map((entry, rank) => ({
        article_id: articleId,
        related_id: entry.id,
        rank,
        score: entry.score,
        reason: entry.reason,
      })),
    )
    .execute();
}

/**
 * Recompute the lists of the changed articles, then of their closest neighbours, whose own lists
 * may now want to include them.
 */
export async function refreshRelated(
  db: Kysely<Database>,
  changedIds: readonly number[],
  frequencies: DocumentFrequencies,
  now = Date.now(),
): Promise<void> {
  const changed = new Set(changedIds);
  const neighbours = new Set<number>();
  for (const id of changed) {
    const ranked = await computeRelated(db, id, now, frequencies);
    await saveRelated(db, id, ranked);
    for (const entry of ranked.slice(0, NEIGHBOURS_TO_REFRESH)) {
      if (!changed.has(entry.id)) neighbours.add(entry.id);
    }
  }
  for (const id of neighbours) await saveRelated(db, id, await computeRelated(db, id, now, frequencies));
}

/**
 * Reposts: the same story carried by several publishers (same canonical link, or near-identical
 * text) is one story. Its first publisher's row is the story; later copies point at it with
 * duplicate_of and stay out of lists, search and related reading.
 */
import type { Transaction } from "kysely";
import type { Database } from "../db/tables";
import { decodeFingerprint, fingerprintBands, similarity } from "../text/fingerprint";

/** Share of MinHash positions two texts must agree on to count as the same text. */
const NEAR_IDENTICAL = 0.7;

type Trx = Transaction<Database>;

export async function saveFingerprint(
  trx: Trx,
  articleId: number,
  signature: readonly number[] | null,
): Promise<void> {
  await trx.deleteFrom("article_fingerprint_bands").where("article_id", "=", articleId).execute();
  if (!signature) return;
  await trx
    .insertInto("article_fingerprint_bands")
    .values(fingerprintBands(signature).map((band) => ({ band, article_id: articleId })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** The story (its first row) that another publisher's copy of this article belongs to, if any. */
export async function findStoryOf(
  trx: Trx,
  article: {
    id: number;
    sourceId: number;
    canonicalUrl: string | null;
    fingerprint: readonly number[] | null;
  },
): Promise<number | null> {
  const storyOf = (row: { id: number; duplicate_of: number | null }) => row.duplicate_of ?? row.id;

  if (article.canonicalUrl) {
    const sameLink = await trx
      .selectFrom("articles")
      .select(["id", "duplicate_of"])
      .where("canonical_url", "=", article.canonicalUrl)
      .where("source_id", "!=", article.sourceId)
      .where("id", "!=", article.id)
      .orderBy("published_ts")
      .executeTakeFirst();
    if (sameLink) return storyOf(sameLink);
  }

  if (article.fingerprint) {
    const candidates = await trx
      .selectFrom("article_fingerprint_bands as b")
      .innerJoin("articles as a", "a.id", "b.article_id")
      .select(["a.id", "a.duplicate_of", "a.fingerprint"])
      .distinct()
      .where("b.band", "in", fingerprintBands(article.fingerprint))
      .where("a.source_id", "!=", article.sourceId)
      .where("a.id", "!=", article.id)
      .orderBy("a.published_ts")
      .limit(20)
      .execute();
    const signature = article.fingerprint;
    const match = candidates.find(
      (candidate) =>
        candidate.fingerprint &&
        similarity(signature, decodeFingerprint(candidate.fingerprint)) >= NEAR_IDENTICAL,
    );
    if (match) return storyOf(match);
  }
  return null;
}

/**
 * Joins an article to a story. The earlier publication leads: a copy that turns out to be older
 * than the story's current first row takes its place. Returns the ids that stopped being stories.
 */
export async function foldIntoStory(trx: Trx, articleId: number, storyId: number): Promise<number[]> {
  const rows = await trx
    .selectFrom("articles")
    .select(["id", "published_ts"])
    .where("id", "in", [articleId, storyId])
    .execute();
  const article = rows.find((row) => row.id === articleId);
  const story = rows.find((row) => row.id === storyId);
  if (!article || !story) return [];
  if (article.published_ts < story.published_ts) {
    await trx
      .updateTable("articles")
      .set({ duplicate_of: articleId })
      .where("duplicate_of", "=", storyId)
      .execute();
    await trx.updateTable("articles").set({ duplicate_of: articleId }).where("id", "=", storyId).execute();
    await trx.updateTable("articles").set({ duplicate_of: null }).where("id", "=", articleId).execute();
    return [storyId];
  }
  await trx.updateTable("articles").set({ duplicate_of: storyId }).where("id", "=", articleId).execute();
  return [articleId];
}

import { createHash } from "node:crypto";
import { type Kysely, sql } from "kysely";
import type { SearchHit } from "../../shared/schemas";
import type { SearchPosition } from "../db/cursor";
import type { Database } from "../db/tables";
import { words } from "../text/terms";
import { selectArticleSummaries, topicsByArticle } from "./article-rows";
import { type ArticleSummaryRow, toArticleSummary } from "./map-article";
import { searchSnippet, termsOfMatch } from "./search-snippet";

const MAX_TERMS = 16;
const MAX_TERM_CHARS = 64;
const MIN_PREFIX_CHARS = 3;
/**
 * How many matching stories, newest stored first, are ranked by relevance. A narrower query (more
 * words) that matches fewer is ranked in full; a word found in more is too common to rank a whole
 * archive by, and a news reader wants the recent ones.
 */
const RANKED_WINDOW = 1_000;

export type SearchMode = "all" | "any";

/**
 * Turns whatever a reader typed into an FTS5 expression that cannot be a syntax error: only
 * letter/digit runs survive, each is double-quoted (so AND, NEAR, column names and operators are
 * plain words), and the last gets a prefix star so results follow typing.
 */
export function toFtsQuery(text: string, mode: SearchMode): string | null {
  const terms = [...new Set(words(text))].slice(0, MAX_TERMS).map((term) => term.slice(0, MAX_TERM_CHARS));
  if (terms.length === 0) return null;
  // Two letters would expand to a good share of the vocabulary; three are answered by the prefix
  // index (migration 0003) in one read, and longer prefixes match few words.
  const quoted = terms.map((term, index) =>
    index === terms.length - 1 && term.length >= MIN_PREFIX_CHARS ? `"${term}"*` : `"${term}"`,
  );
  return quoted.join(mode === "all" ? " AND " : " OR ");
}

export function searchQueryKey(text: string): string {
  return createHash("sha256").update(words(text).join(" ")).digest("base64url").slice(0, 16);
}

type SearchRow = ArticleSummaryRow & { content_text: string };

export type SearchResult = { items: SearchHit[]; last: Omit<SearchPosition, "queryKey" | "kind"> | null };

export async function searchArticles(
  db: Kysely<Database>,
  options: {
    match: string;
    mode: SearchMode;
    limit: number;
    after?: { score: number; id: number } | undefined;
  },
): Promise<SearchResult> {
  const { after } = options;
  // Hits are ranked from the index alone (it holds stories only, never a publisher's copy): the
  // newest RANKED_WINDOW of them, so a common word costs the same in a large archive as in a small
  // one. Only the page's rows are then read and given a snippet (search-snippet.ts).
  // bm25 weights: a word in the title counts most, then the standfirst, then the body.
  const ranked = await sql<{ id: number; score: number }>`
    SELECT id, score FROM (
      SELECT rowid AS id, bm25(articles_fts, 10.0, 4.0, 1.0) AS score
      FROM articles_fts WHERE articles_fts MATCH ${options.match}
      ORDER BY rowid DESC LIMIT ${RANKED_WINDOW}
    ) AS hits
    WHERE ${after ? sql`(score > ${after.score} OR (score = ${after.score} AND id > ${after.id}))` : sql`1 = 1`}
    ORDER BY score, id
    LIMIT ${options.limit + 1}
  `.execute(db);
  const pageIds = ranked.rows.slice(0, options.limit).map((row) => row.id);
  const rowsById = new Map<number, SearchRow>();
  if (pageIds.length > 0) {
    const rows = await selectArticleSummaries(db)
      .select("a.content_text")
      .where("a.id", "in", pageIds)
      .execute();
    for (const row of rows) rowsById.set(row.id, row);
  }
  const page = ranked.rows.flatMap((hit, index) => {
    const row = index < options.limit ? rowsById.get(hit.id) : undefined;
    return row ? [{ ...row, score: hit.score }] : [];
  });
  const terms = termsOfMatch(options.match);
  const topics = await topicsByArticle(
    db,
    page.map((row) => row.id),
  );
  const lastRow = page.at(-1);
  return {
    items: page.map((row) => ({
      ...toArticleSummary(row, topics.get(row.id) ?? []),
      snippet: searchSnippet(
        { title: row.title, excerpt: row.excerpt, contentText: row.content_text },
        terms,
      ),
    })),
    last:
      ranked.rows.length > options.limit && lastRow
        ? { mode: options.mode, score: lastRow.score, id: lastRow.id }
        : null,
  };
}

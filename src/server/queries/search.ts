import { createHash } from "node:crypto";
import { type Kysely, sql } from "kysely";
import type { SearchHit, SnippetPart } from "../../shared/schemas";
import type { SearchPosition } from "../db/cursor";
import type { Database } from "../db/tables";
import { words } from "../text/terms";
import { topicsByArticle } from "./article-rows";
import { type ArticleSummaryRow, toArticleSummary } from "./map-article";

const MAX_TERMS = 16;
const MAX_TERM_CHARS = 64;
const MIN_PREFIX_CHARS = 3;
// Private-use characters never appear in sanitised text, so they can mark highlights unambiguously.
const MATCH_OPEN = "\uE000";
const MATCH_CLOSE = "\uE001";

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

export function parseSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [index, piece] of snippet.split(new RegExp(`[${MATCH_OPEN}${MATCH_CLOSE}]`)).entries()) {
    // Text alternates outside/inside a highlight: even pieces are plain, odd ones matched.
    if (piece !== "") parts.push({ text: piece, match: index % 2 === 1 });
  }
  return parts;
}

type SearchRow = ArticleSummaryRow & { snippet: string };

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
  // Every hit is ranked from the index alone (it holds stories only, never a publisher's copy);
  // only the page's rows are then read and given a snippet, which FTS5 makes by re-reading the text.
  // bm25 weights: a word in the title counts most, then the standfirst, then the body.
  const ranked = await sql<{ id: number; score: number }>`
    SELECT id, score FROM (
      SELECT rowid AS id, bm25(articles_fts, 10.0, 4.0, 1.0) AS score
      FROM articles_fts WHERE articles_fts MATCH ${options.match}
    ) AS hits
    WHERE ${after ? sql`(score > ${after.score} OR (score = ${after.score} AND id > ${after.id}))` : sql`1 = 1`}
    ORDER BY score, id
    LIMIT ${options.limit + 1}
  `.execute(db);
  const pageIds = ranked.rows.slice(0, options.limit).map((row) => row.id);
  const rowsById = new Map<number, SearchRow>();
  if (pageIds.length > 0) {
    const rows = await sql<SearchRow>`
      SELECT a.id, a.slug, a.title, a.excerpt, a.author, a.url, a.image_url, a.published_at,
             a.reading_minutes, s.slug AS source_slug, s.name AS source_name, s.site_url AS source_site_url,
             snippet(articles_fts, -1, ${MATCH_OPEN}, ${MATCH_CLOSE}, '…', 24) AS snippet
      FROM articles_fts
      JOIN articles AS a ON a.id = articles_fts.rowid
      JOIN sources AS s ON s.id = a.source_id
      WHERE articles_fts MATCH ${options.match} AND articles_fts.rowid IN (${sql.join(pageIds)})
    `.execute(db);
    for (const row of rows.rows) rowsById.set(row.id, row);
  }
  const page = ranked.rows.flatMap((hit, index) => {
    const row = index < options.limit ? rowsById.get(hit.id) : undefined;
    return row ? [{ ...row, score: hit.score }] : [];
  });
  const topics = await topicsByArticle(
    db,
    page.map((row) => row.id),
  );
  const lastRow = page.at(-1);
  return {
    items: page.map((row) => ({
      ...toArticleSummary(row, topics.get(row.id) ?? []),
      snippet: parseSnippet(row.snippet),
    })),
    last:
      ranked.rows.length > options.limit && lastRow
        ? { mode: options.mode, score: lastRow.score, id: lastRow.id }
        : null,
  };
}

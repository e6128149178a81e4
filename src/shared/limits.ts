/** Page sizes the API accepts; DESIGN.md fixes 1..50 with 20 by default. */
export const PAGE_LIMIT = { min: 1, max: 50, default: 20 } as const;

/** Related articles per article: how many the API serves at most, and by default. */
export const RELATED_LIMIT = { min: 1, max: 12, default: 6 } as const;

/** Longest search text we look at; longer input is cut, never rejected. */
export const SEARCH_QUERY_MAX_CHARS = 500;

/** Excerpts are cut on a word boundary at about this many characters. */
export const EXCERPT_MAX_CHARS = 280;

/** Average adult silent-reading speed used for reading time. */
export const WORDS_PER_MINUTE = 230;

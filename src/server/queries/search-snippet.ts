/**
 * The few words around a search hit, with the matching words marked. Made here from the stored
 * text rather than by FTS5's snippet(), which has to run the MATCH again for each row: for a
 * prefix longer than the prefix index (a word still being typed) that cost 1-2 ms a row at 100,000
 * articles. Words are compared the way the index compares them (terms.ts `words`).
 */
import type { SnippetPart } from "../../shared/schemas";
import { words } from "../text/terms";

const TOKEN = /[\p{L}\p{N}]+/gu;
const WINDOW_WORDS = 24;

export type SnippetTerms = { exact: ReadonlySet<string>; prefix: string | null };

/** The words of an FTS5 expression built by toFtsQuery: quoted words, the last maybe starred. */
export function termsOfMatch(match: string): SnippetTerms {
  const exact = new Set<string>();
  let prefix: string | null = null;
  for (const [, term = "", star] of match.matchAll(/"([^"]*)"(\*)?/g)) {
    if (star) prefix = term;
    else exact.add(term);
  }
  return { exact, prefix };
}

const ASCII = /^[\p{ASCII}]+$/u;

function matches(token: string, terms: SnippetTerms): boolean {
  const folded = ASCII.test(token) ? token.toLowerCase() : (words(token)[0] ?? "");
  return terms.exact.has(folded) || (terms.prefix !== null && folded.startsWith(terms.prefix));
}

/** The best window of a text: the most matching words, the earliest of equals. Null: no match. */
function snippetOfText(text: string, terms: SnippetTerms): SnippetPart[] | null {
  const tokens = [...text.matchAll(TOKEN)].map((found) => ({
    start: found.index,
    end: found.index + found[0].length,
    match: matches(found[0], terms),
  }));
  const matched = tokens.map((token) => (token.match ? 1 : 0));
  let best = -1;
  let bestCount = 0;
  let count = 0;
  for (let index = 0; index < tokens.length; index += 1) {
    count += matched[index] ?? 0;
    if (index >= WINDOW_WORDS) count -= matched[index - WINDOW_WORDS] ?? 0;
    const start = Math.max(0, index - WINDOW_WORDS + 1);
    if (count > bestCount) {
      bestCount = count;
      best = start;
    }
  }
  if (best < 0) return null;
  // Start the window on its first match's sentence side: a few words of context before it.
  const firstMatch = tokens.findIndex((token, index) => index >= best && token.match);
  const from = Math.max(0, Math.min(best, firstMatch - 4));
  const window = tokens.slice(from, from + WINDOW_WORDS);
  const parts: SnippetPart[] = [];
  const push = (piece: string, match: boolean) => {
    const last = parts.at(-1);
    if (piece === "") return;
    if (last && last.match === match) last.text += piece;
    else parts.push({ text: piece, match });
  };
  if (from > 0) push("…", false);
  let cursor = window[0]?.start ?? 0;
  for (const token of window) {
    push(text.slice(cursor, token.start), false);
    push(text.slice(token.start, token.end), token.match);
    cursor = token.end;
  }
  if (from + WINDOW_WORDS < tokens.length) push("…", false);
  return parts;
}

/** From the body, else the standfirst, else the title; the standfirst as it is when none matches. */
export function searchSnippet(
  fields: { title: string; excerpt: string; contentText: string },
  terms: SnippetTerms,
): SnippetPart[] {
  return (
    snippetOfText(fields.contentText, terms) ??
    snippetOfText(fields.excerpt, terms) ??
    snippetOfText(fields.title, terms) ?? [{ text: fields.excerpt, match: false }]
  );
}

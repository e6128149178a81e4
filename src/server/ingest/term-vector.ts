/**
 * An article's related-reading key: its few most distinctive words, weighted by TF-IDF and scaled
 * to unit length, so two articles' similarity is the sum of their shared words' weight products
 * (the cosine of the two vectors).
 */
import { weightedTermCounts, words } from "../text/terms";
import type { DocumentFrequencies } from "./document-frequencies";

export type TermWeight = { term: string; weight: number };

const VECTOR_TERMS = 12;

/** An article's content words, a title word counting 3 times, a standfirst word twice, a body word once. */
export function articleTermCounts(article: {
  title: string;
  excerpt: string;
  bodyWords: readonly string[];
}): Map<string, number> {
  return weightedTermCounts([
    { tokens: words(article.title), weight: 3 },
    { tokens: words(article.excerpt), weight: 2 },
    { tokens: article.bodyWords, weight: 1 },
  ]);
}

export function termVector(
  counts: ReadonlyMap<string, number>,
  frequencies: DocumentFrequencies,
): TermWeight[] {
  const documents = Math.max(1, frequencies.documents);
  // The best few of several hundred words, kept in order as they come (no sort of them all).
  const top: TermWeight[] = [];
  for (const [term, count] of counts) {
    const df = frequencies.countOf(term);
    // A word no other article uses cannot connect this article to anything.
    if (df <= 1) continue;
    const entry = { term, weight: (1 + Math.log(count)) * Math.log(1 + documents / df) };
    if (top.length === VECTOR_TERMS) {
      if (!ranksAbove(entry, top[VECTOR_TERMS - 1])) continue;
      top.pop();
    }
    let at = top.length;
    while (at > 0 && ranksAbove(entry, top[at - 1])) at -= 1;
    top.splice(at, 0, entry);
  }
  const length = Math.hypot(...top.map((entry) => entry.weight));
  return length > 0 ? top.map((entry) => ({ term: entry.term, weight: entry.weight / length })) : [];
}

/** Heavier first; equal weights in alphabetical order, so a vector never depends on word order. */
function ranksAbove(a: TermWeight, b: TermWeight | undefined): boolean {
  return b === undefined || a.weight > b.weight || (a.weight === b.weight && a.term < b.term);
}

/**
 * Word splitting that agrees with SQLite's unicode61 tokenizer (letters and digits, case folded,
 * diacritics removed), so terms counted here are the terms the FTS index holds.
 */
const WORD = /[\p{L}\p{N}]+/gu;

const NOT_ASCII = /[^\0-\x7f]/;

export function words(text: string): string[] {
  // ASCII has nothing to decompose and no marks to drop: two passes over the text saved.
  const folded = NOT_ASCII.test(text) ? text.normalize("NFKD").replace(/\p{M}+/gu, "") : text;
  return folded.toLowerCase().match(WORD) ?? [];
}

// Common English function words: they carry no topic, so they never pick related articles.
const STOPWORDS = new Set(
  (
    "a about above after again against all also am an and any are as at be because been before being below " +
    "between both but by can could did do does doing down during each few for from further had has have " +
    "having he her here hers herself him himself his how i if in into is it its itself just like more most " +
    "my myself no nor not now of off on once one only or other our ours ourselves out over own same she " +
    "should so some such than that the their theirs them themselves then there these they this those " +
    "through to too two under until up us very was we were what when where which while who whom why will " +
    "with would you your yours yourself yourselves new says said may might much many make made even still " +
    "yet per via get gets got every each another"
  ).split(" "),
);

const DIGITS = /^\d+$/;

/** Longer runs of letters are not words (a hostile feed's padding, a hash): they never key an article. */
const MAX_WORD_CHARS = 40;

function isContentWord(word: string): boolean {
  return word.length >= 3 && word.length <= MAX_WORD_CHARS && !STOPWORDS.has(word) && !DIGITS.test(word);
}

/** Words that can say what a text is about: no stopwords, no bare numbers, 3 to 40 letters. */
export function contentWords(text: string): string[] {
  return words(text).filter(isContentWord);
}

/**
 * How often each content word occurs across a text's parts, each part counting `weight` times per
 * use (a word in the title says more about the article than one in the body).
 */
export function weightedTermCounts(
  parts: readonly { tokens: readonly string[]; weight: number }[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { tokens, weight } of parts) {
    for (const token of tokens) {
      if (isContentWord(token)) counts.set(token, (counts.get(token) ?? 0) + weight);
    }
  }
  return counts;
}

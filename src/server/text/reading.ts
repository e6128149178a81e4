import { EXCERPT_MAX_CHARS, WORDS_PER_MINUTE } from "../../shared/limits";
import { collapseWhitespace } from "./html-to-text";

// Scripts written without spaces between words: each character counts as a word when reading.
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  const cjk = text.match(CJK_CHAR)?.length ?? 0;
  // Most text has none: no copy of it to count the rest.
  const rest = (cjk === 0 ? text : text.replace(CJK_CHAR, " ")).match(WORD)?.length ?? 0;
  return cjk + rest;
}

export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}

/** Cut on a word boundary (never mid-word, the source page's fault) with an ellipsis when cut. */
export function excerptOf(text: string, maxChars = EXCERPT_MAX_CHARS): string {
  const clean = collapseWhitespace(text);
  if (clean.length <= maxChars) return clean;
  const cut = clean.slice(0, maxChars + 1);
  const lastSpace = cut.lastIndexOf(" ");
  const head = (lastSpace > maxChars * 0.6 ? cut.slice(0, lastSpace) : clean.slice(0, maxChars)).replace(
    /[\s,;:.!?–—-]+$/u,
    "",
  );
  return `${head}…`;
}

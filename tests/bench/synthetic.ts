/**
 * Synthetic archive for the scale section: deterministic (seeded), with a Zipf-like vocabulary
 * (30,000 pseudo-words, exponent 1.07, as natural text has), a topic lean in the words each article
 * uses, the six site topics, twenty sources, dates over five years and 300-1200 words an article.
 */
import type { FeedItem } from "../../src/server/ingest/normalise-feed";
import type { FeedSource } from "../../src/server/ingest/store-feed";

export const TOPIC_NAMES = ["AI", "Crypto & markets", "Technology", "Science", "Policy", "Culture"] as const;
const VOCABULARY_SIZE = 30_000;
const TOPIC_VOCABULARY_SIZE = 1_500;
const ZIPF_EXPONENT = 1.07;
const SOURCE_COUNT = 20;
const YEARS = 5;
const NEWEST = Date.UTC(2026, 0, 1);

/** mulberry32: small, fast and good enough for test data. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const ONSETS = [
  "b",
  "c",
  "d",
  "f",
  "g",
  "h",
  "j",
  "k",
  "l",
  "m",
  "n",
  "p",
  "r",
  "s",
  "t",
  "v",
  "w",
  "z",
  "br",
  "cl",
  "dr",
  "gr",
  "pl",
  "st",
  "tr",
  "sh",
  "ch",
  "th",
];
const NUCLEI = ["a", "e", "i", "o", "u", "ai", "ea", "io", "ou", "y"];
const CODAS = ["", "", "n", "r", "s", "t", "l", "m", "nd", "st", "ck", "x"];

/** Distinct pronounceable pseudo-words, shorter ones first (frequent words are short in real text). */
function makeVocabulary(size: number, next: () => number): string[] {
  const words = new Set<string>();
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  while (words.size < size) {
    const syllables = 1 + Math.min(3, Math.floor((words.size / size) * 3 + next() * 1.6));
    let word = "";
    for (let index = 0; index < syllables; index += 1) word += pick(ONSETS) + pick(NUCLEI) + pick(CODAS);
    if (word.length >= 2) words.add(word);
  }
  return [...words];
}

/** Cumulative Zipf weights for ranks 1..n. */
function zipfTable(n: number, exponent: number): Float64Array {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let rank = 1; rank <= n; rank += 1) {
    total += 1 / rank ** exponent;
    cumulative[rank - 1] = total;
  }
  return cumulative;
}

/** A 0-based rank drawn from a Zipf table by binary search. */
function zipfSampler(cumulative: Float64Array, next: () => number): () => number {
  const n = cumulative.length;
  const total = cumulative[n - 1] ?? 1;
  return () => {
    const target = next() * total;
    let low = 0;
    let high = n - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((cumulative[middle] ?? 0) < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

export type SyntheticCorpus = {
  sources: FeedSource[];
  vocabulary: string[];
  /** The n-th synthetic article (deterministic in n), published by the given source. */
  item: (n: number, sourceIndex: number) => FeedItem;
  /** Words for search queries: mid-frequency, like what readers type. */
  queryWords: (count: number, seed: number) => string[];
};

export function syntheticCorpus(seed = 6): SyntheticCorpus {
  const next = random(seed);
  const vocabulary = makeVocabulary(VOCABULARY_SIZE, next);
  // Each topic leans on its own slice of the less common words (its jargon).
  const topicWords = TOPIC_NAMES.map((_, topic) =>
    vocabulary.slice(2_000 + topic * TOPIC_VOCABULARY_SIZE, 2_000 + (topic + 1) * TOPIC_VOCABULARY_SIZE),
  );
  const sources: FeedSource[] = Array.from({ length: SOURCE_COUNT }, (_, index) => ({
    feedUrl: `https://source-${index + 1}.example/feed.xml`,
    format: "rss",
    title: `Synthetic Source ${index + 1}`,
    siteUrl: `https://source-${index + 1}.example/`,
  }));

  const globalZipf = zipfTable(VOCABULARY_SIZE, ZIPF_EXPONENT);
  const topicZipf = zipfTable(TOPIC_VOCABULARY_SIZE, ZIPF_EXPONENT);

  const item = (n: number, sourceIndex: number) => {
    const rand = random(seed * 1_000_003 + n);
    const globalWord = zipfSampler(globalZipf, rand);
    const topicWord = zipfSampler(topicZipf, rand);
    const topic = Math.floor(rand() * TOPIC_NAMES.length);
    const secondTopic = rand() < 0.3 ? Math.floor(rand() * TOPIC_NAMES.length) : -1;
    const word = () =>
      rand() < 0.15 ? (topicWords[topic]?.[topicWord()] ?? "word") : (vocabulary[globalWord()] ?? "word");
    const sentence = (length: number) => {
      const words = Array.from({ length }, word);
      const text = words.join(" ");
      return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
    };
    const wordCount = 300 + Math.floor(rand() * 901);
    const paragraphs: string[] = [];
    let written = 0;
    while (written < wordCount) {
      const sentences: string[] = [];
      const paragraphWords = Math.min(wordCount - written, 40 + Math.floor(rand() * 80));
      let left = paragraphWords;
      while (left > 0) {
        const length = Math.min(left, 8 + Math.floor(rand() * 18));
        sentences.push(sentence(length));
        left -= length;
      }
      written += paragraphWords;
      if (paragraphs.length > 0 && paragraphs.length % 4 === 0) paragraphs.push(`<h2>${sentence(4)}</h2>`);
      paragraphs.push(`<p>${sentences.join(" ")}</p>`);
    }
    const title = sentence(5 + Math.floor(rand() * 6)).slice(0, -1);
    const published = new Date(NEWEST - Math.floor(rand() * YEARS * 365 * 86_400_000));
    const categories: string[] = [TOPIC_NAMES[topic] ?? "AI"];
    if (secondTopic >= 0 && secondTopic !== topic) categories.push(TOPIC_NAMES[secondTopic] ?? "AI");
    if (rand() < 0.5) categories.push(`tag ${vocabulary[100 + Math.floor(rand() * 200)]}`);
    const site = sources[sourceIndex]?.siteUrl ?? "https://source.example/";
    const feedItem: FeedItem = {
      guid: `synthetic-${n}`,
      url: `${site}articles/${n}`,
      title,
      summaryHtml: `<p>${sentence(20)}</p>`,
      contentHtml: paragraphs.join("\n"),
      baseUrl: site,
      author: `Writer ${1 + (n % 97)}`,
      publishedAt: published.toISOString(),
      updatedAt: null,
      categories,
      imageUrl: rand() < 0.6 ? `${site}images/${n}.jpg` : null,
    };
    return feedItem;
  };

  const queryWords = (count: number, querySeed: number) => {
    const rand = random(querySeed);
    // Ranks 50..3,000: words that are neither stop-words nor one-offs.
    return Array.from({ length: count }, () => vocabulary[50 + Math.floor(rand() * 2_950)] ?? "word");
  };

  return { sources, vocabulary, item, queryWords };
}

/** A hue per topic, so covers and thumbnails say at a glance what a story is about. */
const TOPIC_HUES: Record<string, number> = {
  ai: 248,
  technology: 190,
  "crypto-markets": 36,
  policy: 352,
  culture: 300,
  science: 145,
};

/** The first topic's hue; topics added later by feeds get `fallback` (a hash of the slug, say). */
export function topicHue(topicSlug: string | undefined, fallback: number): number {
  return (topicSlug !== undefined ? TOPIC_HUES[topicSlug] : undefined) ?? fallback;
}

/**
 * The site's topics. A feed's categories map onto them by name, slug or alias; anything else is
 * a publisher's own label and does not become a topic.
 */
export type SiteTopic = { slug: string; name: string; aliases: readonly string[] };

export const SITE_TOPICS: readonly SiteTopic[] = [
  {
    slug: "crypto-markets",
    name: "Crypto & markets",
    aliases: [
      "crypto",
      "cryptocurrency",
      "cryptocurrencies",
      "markets",
      "crypto and markets",
      "blockchain",
      "defi",
      "bitcoin",
      "ethereum",
      "web3",
    ],
  },
  {
    slug: "ai",
    name: "AI",
    aliases: ["artificial intelligence", "machine learning", "ml", "llm", "llms", "generative ai"],
  },
  { slug: "technology", name: "Technology", aliases: ["tech", "software", "hardware", "computing"] },
  { slug: "science", name: "Science", aliases: ["research", "climate science", "biology", "physics"] },
  { slug: "policy", name: "Policy", aliases: ["politics", "government", "law", "public policy"] },
  { slug: "culture", name: "Culture", aliases: ["arts", "books", "music", "media", "society"] },
];

const key = (text: string) => text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();

const TOPIC_BY_KEY = new Map<string, SiteTopic>(
  SITE_TOPICS.flatMap((topic) =>
    [topic.slug, topic.name, ...topic.aliases].map((name) => [key(name), topic] as const),
  ),
);

/** Site topics for a list of feed categories, in the feed's order, without repeats. */
export function topicsForCategories(categories: readonly string[]): SiteTopic[] {
  const found = new Map<string, SiteTopic>();
  for (const category of categories) {
    const topic = TOPIC_BY_KEY.get(key(category));
    if (topic) found.set(topic.slug, topic);
  }
  return [...found.values()];
}

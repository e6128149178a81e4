import { sectionizeArticle } from "../../src/shared/article-sections";
import type { Article, ArticlePage, ArticleSummary, RelatedList, SearchPage } from "../../src/shared/schemas";

export function makeSummary(overrides: Partial<ArticleSummary> = {}): ArticleSummary {
  return {
    id: "1",
    slug: "who-owns-the-middle",
    title: "Who Owns the Middle? AI & Crypto",
    excerpt: "Both industries draw themselves as a costly base, a crowded middle and apps on top.",
    author: "Tamsin Achterberg",
    source: { slug: "stack-and-signal", name: "Stack & Signal", url: "https://stack-and-signal.example/" },
    url: "https://stack-and-signal.example/2026/11/who-owns-the-middle",
    imageUrl: null,
    publishedAt: "2026-11-14T09:57:00-05:00",
    readingMinutes: 4,
    topics: [
      { slug: "ai", name: "AI" },
      { slug: "crypto-markets", name: "Crypto & markets" },
    ],
    ...overrides,
  };
}

export function makeArticle(overrides: Partial<Article> = {}): Article {
  // Sectioned as the server's API sends it.
  const body = sectionizeArticle(
    "<p>Why do two industries keep drawing the same diagram?</p><p>1) The base layers are expensive. More text.</p><p>2) Value capture runs in different directions. More.</p>",
  );
  return {
    ...makeSummary(),
    contentHtml: body.html,
    sections: body.sections,
    tags: [],
    alsoCarriedBy: [],
    updatedAt: null,
    wordCount: 900,
    attribution: "First published on Stack & Signal",
    disclaimer: "Broadsheet shows this article as Stack & Signal published it.",
    ...overrides,
  };
}

export function makePage(count: number, nextCursor: string | null = null): ArticlePage {
  return {
    items: Array.from({ length: count }, (_, index) =>
      makeSummary({ id: String(index + 1), slug: `story-${index + 1}`, title: `Story number ${index + 1}` }),
    ),
    nextCursor,
  };
}

export const emptySearch: SearchPage = { items: [], nextCursor: null };
export const emptyRelated: RelatedList = { items: [] };

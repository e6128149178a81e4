/** The one place where table rows become API payloads, so column names never reach the client. */
import { sectionizeArticle } from "../../shared/article-sections";
import type { Article, ArticleSummary, Carrier, TagRef, TopicRef } from "../../shared/schemas";

/** The columns every article payload needs, with its source joined in. */
export type ArticleSummaryRow = {
  id: number;
  slug: string;
  title: string;
  excerpt: string;
  author: string | null;
  url: string;
  image_url: string | null;
  published_at: string;
  reading_minutes: number;
  source_slug: string;
  source_name: string;
  source_site_url: string;
};

export type ArticleDetailRow = ArticleSummaryRow & {
  content_html: string;
  updated_at: string | null;
  word_count: number;
};

export function toArticleSummary(row: ArticleSummaryRow, topics: readonly TopicRef[]): ArticleSummary {
  return {
    id: String(row.id),
    slug: row.slug,
    title: row.title,
    excerpt: row.excerpt,
    author: row.author,
    source: { slug: row.source_slug, name: row.source_name, url: row.source_site_url },
    url: row.url,
    imageUrl: row.image_url,
    publishedAt: row.published_at,
    readingMinutes: row.reading_minutes,
    topics: [...topics],
  };
}

export function toArticle(
  row: ArticleDetailRow,
  topics: readonly TopicRef[],
  tags: readonly TagRef[],
  alsoCarriedBy: readonly Carrier[],
): Article {
  // Here rather than in the browser: the API answer is cached as bytes, so this runs once per article.
  const body = sectionizeArticle(row.content_html);
  return {
    ...toArticleSummary(row, topics),
    tags: [...tags],
    alsoCarriedBy: [...alsoCarriedBy],
    contentHtml: body.html,
    sections: body.sections,
    updatedAt: row.updated_at,
    wordCount: row.word_count,
    attribution: `First published on ${row.source_name}`,
    disclaimer:
      `Broadsheet shows this article as ${row.source_name} published it, with a link to the original. ` +
      `It does not necessarily reflect Broadsheet's views, and all rights stay with the author and ${row.source_name}. ` +
      "We do not guarantee its accuracy, and nothing here is financial or investment advice. " +
      "To ask for a correction or removal, write to corrections@broadsheet.example.",
  };
}

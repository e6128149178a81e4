/**
 * The API contract: one zod schema per payload, shared by server (validation, typing) and client
 * (type imports only, so no schema code reaches the browser bundle).
 */
import { z } from "zod";
import { PAGE_LIMIT, RELATED_LIMIT, SEARCH_QUERY_MAX_CHARS } from "./limits";

// ---------- payloads ----------

export const topicRefSchema = z.object({ slug: z.string(), name: z.string() });
export type TopicRef = z.infer<typeof topicRefSchema>;

export const sourceRefSchema = z.object({
  slug: z.string(),
  name: z.string(),
  /** The publisher's home page. */
  url: z.string(),
});
export type SourceRef = z.infer<typeof sourceRefSchema>;

export const articleSummarySchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  /** Clean plain text, cut on a word boundary. */
  excerpt: z.string(),
  author: z.string().nullable(),
  source: sourceRefSchema,
  /** The original on the publisher's site. */
  url: z.string(),
  imageUrl: z.string().nullable(),
  /** ISO 8601 with the publisher's own offset, e.g. 2026-11-10T09:30:00+01:00. */
  publishedAt: z.string(),
  readingMinutes: z.number().int().positive(),
  topics: z.array(topicRefSchema),
});
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

export const tagRefSchema = z.object({ slug: z.string(), name: z.string() });
export type TagRef = z.infer<typeof tagRefSchema>;

/** Another publisher that carried the same story after its first publisher. */
export const carrierSchema = z.object({ source: sourceRefSchema, url: z.string() });
export type Carrier = z.infer<typeof carrierSchema>;

/** A section of an article's body: an <h2>, or a paragraph opening "1) " (then `number` is set). */
export const articleSectionSchema = z.object({
  /** The id of the section's element in contentHtml, for links to #id. */
  id: z.string(),
  title: z.string(),
  number: z.number().int().optional(),
});
export type ArticleSection = z.infer<typeof articleSectionSchema>;

export const articleSchema = articleSummarySchema.extend({
  /**
   * Sanitised on the server at ingest, then given section ids and permalinks (see
   * src/shared/article-sections.ts); safe to render as HTML.
   */
  contentHtml: z.string(),
  /** The body's sections in order, as contentHtml's ids name them. */
  sections: z.array(articleSectionSchema),
  /** The publisher's own labels that are not site topics. */
  tags: z.array(tagRefSchema),
  /** Later publishers of the same story; the article itself is the first publication. */
  alsoCarriedBy: z.array(carrierSchema),
  updatedAt: z.string().nullable(),
  wordCount: z.number().int().nonnegative(),
  /** "First published on <publisher>": the page links it to `url`. */
  attribution: z.string(),
  disclaimer: z.string(),
});
export type Article = z.infer<typeof articleSchema>;

export const articlePageSchema = z.object({
  items: z.array(articleSummarySchema),
  nextCursor: z.string().nullable(),
});
export type ArticlePage = z.infer<typeof articlePageSchema>;

export const relatedArticleSchema = articleSummarySchema.extend({
  /** Why it was chosen, for the reader ("Also about AI", "More from Civic Circuit"), when known. */
  reason: z.string().nullable(),
});
export type RelatedArticle = z.infer<typeof relatedArticleSchema>;

export const relatedListSchema = z.object({ items: z.array(relatedArticleSchema) });
export type RelatedList = z.infer<typeof relatedListSchema>;

/** A search snippet as text runs, so no markup from stored text is ever interpreted as HTML. */
export const snippetPartSchema = z.object({ text: z.string(), match: z.boolean() });
export type SnippetPart = z.infer<typeof snippetPartSchema>;

export const searchHitSchema = articleSummarySchema.extend({
  snippet: z.array(snippetPartSchema),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const searchPageSchema = z.object({
  items: z.array(searchHitSchema),
  nextCursor: z.string().nullable(),
});
export type SearchPage = z.infer<typeof searchPageSchema>;

export const topicSchema = topicRefSchema.extend({ articleCount: z.number().int().nonnegative() });
export type Topic = z.infer<typeof topicSchema>;
export const topicListSchema = z.object({ items: z.array(topicSchema) });
export type TopicList = z.infer<typeof topicListSchema>;

export const sourceSchema = sourceRefSchema.extend({
  articleCount: z.number().int().nonnegative(),
});
export type Source = z.infer<typeof sourceSchema>;
export const sourceListSchema = z.object({ items: z.array(sourceSchema) });
export type SourceList = z.infer<typeof sourceListSchema>;

export const healthSchema = z.object({ status: z.literal("ok") });
export type Health = z.infer<typeof healthSchema>;

/** RFC 9457 problem details. `errors` names each bad parameter. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  instance: z.string().optional(),
  errors: z.array(z.object({ parameter: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof problemSchema>;

// ---------- request parameters ----------

/** Query strings arrive as text; a limit must be a plain whole number in range, never clamped. */
function limitParam(range: { min: number; max: number; default: number }) {
  const message = `must be a whole number from ${range.min} to ${range.max}`;
  return z
    .string()
    .regex(/^[0-9]{1,4}$/, { message })
    .transform(Number)
    .pipe(z.number().int().min(range.min, { message }).max(range.max, { message }))
    .default(range.default);
}

const slugParam = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "must be a slug (lower-case letters, digits, dashes)" })
  .max(200, { message: "must be at most 200 characters" });

const cursorParam = z
  .string()
  .min(1, { message: "must not be empty" })
  .max(512, { message: "is not a cursor this server issued" });

export const articleListQuerySchema = z.object({
  limit: limitParam(PAGE_LIMIT),
  cursor: cursorParam.optional(),
  topic: slugParam.optional(),
  source: slugParam.optional(),
});
export type ArticleListQuery = z.infer<typeof articleListQuerySchema>;

export const relatedQuerySchema = z.object({ limit: limitParam(RELATED_LIMIT) });

export const searchQuerySchema = z.object({
  q: z
    .string()
    .transform((text) => text.replace(/\0/g, " ").trim().slice(0, SEARCH_QUERY_MAX_CHARS))
    .pipe(z.string().min(1, { message: "must contain something to search for" })),
  limit: limitParam(PAGE_LIMIT),
  cursor: cursorParam.optional(),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

export const slugPathSchema = z.object({ slug: slugParam });

/** One interface per table, as Kysely sees them. Column names stay on the server (queries/map-*.ts). */
import type { Generated, Insertable, Selectable, Updateable } from "kysely";

export interface SourcesTable {
  id: Generated<number>;
  slug: string;
  name: string;
  site_url: string;
  /** Where the feed is read from: an http(s) URL or a local file path. */
  feed_url: string;
  feed_format: string | null;
  created_at: string;
  /** Conditional GET validators from the last 200 answer. */
  etag: string | null;
  last_modified: string | null;
  last_fetched_at: string | null;
  last_success_at: string | null;
  last_error: string | null;
  last_error_at: string | null;
  /** Not fetched again before this time (back-off after failures, Retry-After). */
  next_fetch_at: string | null;
  failure_count: Generated<number>;
}

export interface ArticlesTable {
  id: Generated<number>;
  slug: string;
  source_id: number;
  /** The publisher's own id for the item (guid, Atom id, JSON Feed id). */
  guid: string;
  url: string;
  title: string;
  excerpt: string;
  author: string | null;
  image_url: string | null;
  content_html: string;
  /** Plain text of the body, for search and related-article scoring. */
  content_text: string;
  /** ISO 8601 with the publisher's offset, as published. */
  published_at: string;
  /** UTC epoch milliseconds of published_at: the sort key. */
  published_ts: number;
  updated_at: string | null;
  word_count: number;
  reading_minutes: number;
  first_seen_at: string;
  content_hash: string;
  /** 1 when the feed gave no usable date and first_seen_at stands in for it. */
  date_missing: Generated<number>;
  /** The original link, normalised for matching (no tracking parameters, fragment or trailing slash). */
  canonical_url: string | null;
  /** Set when this row is another publisher's copy of an earlier story: the story's first row. */
  duplicate_of: number | null;
  /** MinHash signature of the body text, for near-identical copies. */
  fingerprint: string | null;
}

export interface ArticleFingerprintBandsTable {
  band: number;
  article_id: number;
}

export interface TagsTable {
  id: Generated<number>;
  slug: string;
  name: string;
}

export interface ArticleTagsTable {
  article_id: number;
  tag_id: number;
}

export interface TopicsTable {
  id: Generated<number>;
  slug: string;
  name: string;
}

export interface ArticleTopicsTable {
  article_id: number;
  topic_id: number;
  /** 0 is the article's main topic. */
  position: number;
  /** Copy of articles.published_ts so a topic page walks one index, newest first. */
  published_ts: number;
}

/** An article's most distinctive words, weighted (TF-IDF, unit length): its related-reading key. */
export interface ArticleTermsTable {
  article_id: number;
  term: string;
  weight: number;
}

export interface AppSettingsTable {
  key: string;
  value: string;
}

export interface Database {
  sources: SourcesTable;
  articles: ArticlesTable;
  topics: TopicsTable;
  article_topics: ArticleTopicsTable;
  article_terms: ArticleTermsTable;
  app_settings: AppSettingsTable;
  article_fingerprint_bands: ArticleFingerprintBandsTable;
  tags: TagsTable;
  article_tags: ArticleTagsTable;
}

export type SourceRow = Selectable<SourcesTable>;
export type ArticleRow = Selectable<ArticlesTable>;
export type NewArticle = Insertable<ArticlesTable>;
export type ArticleUpdate = Updateable<ArticlesTable>;
export type TopicRow = Selectable<TopicsTable>;

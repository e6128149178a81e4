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

export interface RelatedArticlesTable {
  article_id: number;
  related_id: number;
  rank: number;
  score: number;
  reason: string | null;
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
  related_articles: RelatedArticlesTable;
  app_settings: AppSettingsTable;
}

export type SourceRow = Selectable<SourcesTable>;
export type ArticleRow = Selectable<ArticlesTable>;
export type NewArticle = Insertable<ArticlesTable>;
export type ArticleUpdate = Updateable<ArticlesTable>;
export type TopicRow = Selectable<TopicsTable>;

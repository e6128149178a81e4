/**
 * The least any ingest does to an item before storing it, for the ingest limit (ingest-limit.ts):
 * its HTML sanitised (the same allowlist the server uses), its text taken out for the index and an
 * excerpt for lists. None of Broadsheet's own keys (fingerprint, word counts, hashes, topics).
 */
import type { FeedItem } from "../../src/server/ingest/normalise-feed";
import { sanitiseArticleHtml } from "../../src/server/ingest/sanitise-html";
import { htmlToText } from "../../src/server/text/html-to-text";
import { excerptOf } from "../../src/server/text/reading";

export type BareArticle = { title: string; excerpt: string; contentHtml: string; contentText: string };

export function prepareBareItems(job: { items: FeedItem[] }): BareArticle[] {
  return job.items.map((item) => {
    const contentHtml = sanitiseArticleHtml(item.contentHtml, item.baseUrl);
    const contentText = htmlToText(contentHtml);
    return { title: item.title, excerpt: excerptOf(contentText), contentHtml, contentText };
  });
}

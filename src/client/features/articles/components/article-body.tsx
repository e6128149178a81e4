/**
 * The attribute ArticleBody marks itself with, holding the article's slug: the server leaves the
 * body out of the page's hydration state and the browser reads it back from this element (see
 * app/hydration-state.ts), so the page carries the text once.
 */
export const ARTICLE_BODY_ATTRIBUTE = "data-article-body";

/**
 * The only place Broadsheet renders HTML. contentHtml was sanitised on the server at ingest
 * (sanitize-html allow-list); section ids and permalinks were added by sectionizeArticle, which
 * escapes every text it inserts.
 */
export function ArticleBody({
  slug,
  html,
}: {
  /** The slug its query is keyed by. */ slug: string;
  html: string;
}) {
  return <div data-article-body={slug} className="essay" dangerouslySetInnerHTML={{ __html: html }} />;
}

/**
 * The only place Broadsheet renders HTML. contentHtml was sanitised on the server at ingest
 * (sanitize-html allow-list); section ids and permalinks were added by sectionizeArticle, which
 * escapes every text it inserts.
 */
export function ArticleBody({ html }: { html: string }) {
  return (
    <div
      className="prose prose-lg prose-article max-w-none prose-headings:font-serif prose-headings:font-bold prose-h2:text-[1.6rem] prose-p:leading-[1.75]"
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

import type { ArticleSummary } from "../../../../shared/schemas";
import { RelativeTime } from "../../../components/relative-time";
import { cn } from "../../../lib/cn";
import { formatReadingTime } from "../../../lib/format";

/** Author · when · how long: the line under a card's title. */
export function ArticleMetaLine({ article, className }: { article: ArticleSummary; className?: string }) {
  return (
    <p className={cn("flex flex-wrap items-center gap-x-2 gap-y-1 font-sans text-sm text-muted", className)}>
      {article.author ? (
        <>
          <span className="font-medium text-ink">{article.author}</span>
          <span aria-hidden="true">·</span>
        </>
      ) : null}
      <RelativeTime iso={article.publishedAt} />
      <span aria-hidden="true">·</span>
      <span>{formatReadingTime(article.readingMinutes)}</span>
    </p>
  );
}

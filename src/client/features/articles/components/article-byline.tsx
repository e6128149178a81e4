import type { Article } from "../../../../shared/schemas";
import { ExternalLink } from "../../../components/external-link";
import { formatAbsoluteDate, formatReadingTime, formatRelativeDate } from "../../../lib/format";

/**
 * Who wrote it, where it first appeared (linked to the original), when (absolute with time zone,
 * plus the relative form) and whether it changed since.
 */
export function ArticleByline({ article }: { article: Article }) {
  return (
    <div className="flex flex-col gap-1.5 border-y border-rule py-4 font-sans text-sm text-muted">
      <p>
        {article.author ? (
          <>
            By <span className="font-semibold text-ink">{article.author}</span>
            {" · "}
          </>
        ) : null}
        <ExternalLink
          href={article.url}
          className="font-semibold text-accent underline underline-offset-2 hover:no-underline"
        >
          {article.source.name}
        </ExternalLink>
      </p>
      <p>
        Published{" "}
        <time dateTime={article.publishedAt} className="text-ink" suppressHydrationWarning>
          {formatAbsoluteDate(article.publishedAt)}
        </time>{" "}
        <span suppressHydrationWarning>({formatRelativeDate(article.publishedAt)})</span>
        {article.updatedAt ? (
          <>
            {" · "}Updated{" "}
            <time
              dateTime={article.updatedAt}
              title={formatAbsoluteDate(article.updatedAt)}
              suppressHydrationWarning
            >
              {formatRelativeDate(article.updatedAt)}
            </time>
          </>
        ) : null}
        {" · "}
        {formatReadingTime(article.readingMinutes)}
      </p>
    </div>
  );
}

import { appPaths } from "../../../../shared/paths";
import type { RelatedArticle } from "../../../../shared/schemas";
import { IntentLink } from "../../../components/intent-link";
import { RelativeTime } from "../../../components/relative-time";
import { RelatedThumbnail } from "./related-thumbnail";

type RelatedItemProps = { article: RelatedArticle; onIntent: (slug: string) => void };

/** Title, source, date, a small cover and, when the API says, why it was picked. */
export function RelatedItem({ article, onIntent }: RelatedItemProps) {
  return (
    <article className="group relative flex gap-4 py-4">
      <div className="min-w-0 flex-1">
        {article.reason ? (
          <p className="font-sans text-xs font-semibold text-accent">{article.reason}</p>
        ) : null}
        <h3 className="mt-1 font-serif text-lg leading-snug font-semibold text-ink">
          <IntentLink
            to={appPaths.article(article.slug)}
            onIntent={() => onIntent(article.slug)}
            prefetchInView
            className="decoration-accent decoration-2 underline-offset-4 after:absolute after:inset-0 after:content-[''] group-hover:underline focus-visible:underline"
          >
            {article.title}
          </IntentLink>
        </h3>
        <p className="mt-1.5 font-sans text-sm text-muted">
          {article.source.name} · <RelativeTime iso={article.publishedAt} />
        </p>
      </div>
      <RelatedThumbnail article={article} />
    </article>
  );
}

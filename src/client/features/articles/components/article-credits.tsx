import type { Article } from "../../../../shared/schemas";
import { ExternalLink } from "../../../components/external-link";

/**
 * The repost disclosure: who published it first (linked to the original), who else carried it, the
 * publisher's own tags, and the disclaimer.
 */
export function ArticleCredits({ article }: { article: Article }) {
  const carriers = article.alsoCarriedBy;
  const tags = article.tags;
  return (
    <section
      aria-label="About this article"
      className="rounded-lg border border-rule bg-surface px-5 py-5 font-sans"
    >
      <p className="text-base text-ink">
        <span className="font-semibold">{article.attribution}.</span>{" "}
        <ExternalLink
          href={article.url}
          className="font-semibold text-accent underline underline-offset-2 hover:no-underline"
        >
          Read the original on {article.source.name}
        </ExternalLink>
      </p>
      {carriers.length > 0 ? (
        <p className="mt-2 text-sm text-muted">
          Also carried by{" "}
          {carriers.map((carrier, index) => (
            <span key={carrier.url}>
              {index > 0 ? ", " : null}
              <ExternalLink
                href={carrier.url}
                className="text-ink underline underline-offset-2 hover:no-underline"
              >
                {carrier.source.name}
              </ExternalLink>
            </span>
          ))}
          .
        </p>
      ) : null}
      {tags.length > 0 ? (
        <p className="mt-2 text-sm text-muted">
          Tagged by the publisher: <span className="text-ink">{tags.map((tag) => tag.name).join(", ")}</span>
        </p>
      ) : null}
      <p className="mt-3 text-sm leading-relaxed text-muted">{article.disclaimer}</p>
    </section>
  );
}

import { memo } from "react";
import { appPaths } from "../../../../shared/paths";
import type { ArticleSummary } from "../../../../shared/schemas";
import { IntentLink } from "../../../components/intent-link";
import { ArticleCover } from "./article-cover";
import { ArticleMetaLine } from "./article-meta-line";
import { TopicChips } from "./topic-chips";

type ArticleCardProps = {
  article: ArticleSummary;
  onIntent: (slug: string) => void;
  headingLevel?: 2 | 3;
};

/**
 * One story in a list. The whole card is clickable through the title link's stretched ::after, while
 * the topic links stay separately reachable above it (z-10); the DOM keeps one link per destination.
 * Memoised: the props are the query cache's own objects and a stable callback, and a list of cards
 * otherwise re-renders whole on each change of the router's state, a click's "loading" included.
 */
export const ArticleCard = memo(function ArticleCard({
  article,
  onIntent,
  headingLevel = 2,
}: ArticleCardProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="group relative flex flex-col">
      <ArticleCover
        slug={article.slug}
        topics={article.topics}
        imageUrl={article.imageUrl}
        className="rounded-md transition-opacity group-hover:opacity-90 motion-reduce:transition-none"
      />
      <p className="mt-4 font-sans text-xs font-bold tracking-[0.12em] text-accent uppercase">
        {article.source.name}
      </p>
      <Heading className="mt-1.5 font-serif text-xl leading-snug font-semibold text-balance text-ink sm:text-[1.35rem]">
        <IntentLink
          to={appPaths.article(article.slug)}
          onIntent={() => onIntent(article.slug)}
          className="decoration-accent decoration-2 underline-offset-4 after:absolute after:inset-0 after:content-[''] group-hover:underline focus-visible:underline"
        >
          {article.title}
        </IntentLink>
      </Heading>
      <p className="mt-2 font-serif text-base leading-relaxed text-muted">{article.excerpt}</p>
      <ArticleMetaLine article={article} className="mt-3" />
      <TopicChips topics={article.topics} className="mt-3" />
    </article>
  );
});

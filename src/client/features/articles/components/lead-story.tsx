import { appPaths } from "../../../../shared/paths";
import type { ArticleSummary } from "../../../../shared/schemas";
import { IntentLink } from "../../../components/intent-link";
import { ArticleCover } from "./article-cover";
import { ArticleMetaLine } from "./article-meta-line";
import { TopicChips } from "./topic-chips";

/** The newest story, given the front page's width; its cover loads eagerly as it is above the fold. */
export function LeadStory({
  article,
  onIntent,
}: {
  article: ArticleSummary;
  onIntent: (slug: string) => void;
}) {
  return (
    <article className="group relative grid gap-5 md:grid-cols-12 md:gap-8">
      <ArticleCover
        slug={article.slug}
        topics={article.topics}
        imageUrl={article.imageUrl}
        priority
        className="rounded-md md:col-span-7"
      />
      <div className="flex flex-col justify-center md:col-span-5">
        <p className="font-sans text-xs font-bold tracking-[0.12em] text-accent uppercase">
          {article.source.name}
        </p>
        <h2 className="mt-2 font-serif text-3xl leading-tight font-bold text-balance text-ink sm:text-4xl lg:text-[2.6rem]">
          <IntentLink
            to={appPaths.article(article.slug)}
            onIntent={() => onIntent(article.slug)}
            prefetchInView
            className="decoration-accent decoration-2 underline-offset-[6px] after:absolute after:inset-0 after:content-[''] group-hover:underline focus-visible:underline"
          >
            {article.title}
          </IntentLink>
        </h2>
        <p className="mt-4 font-serif text-lg leading-relaxed text-muted">{article.excerpt}</p>
        <ArticleMetaLine article={article} className="mt-4" />
        <TopicChips topics={article.topics} className="mt-4" />
      </div>
    </article>
  );
}

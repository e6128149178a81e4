import { type QueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { type ComponentProps, Suspense } from "react";
import { ErrorBoundary } from "react-error-boundary";
import { data, type LoaderFunctionArgs, useParams } from "react-router";
import { appPaths } from "../../../shared/paths";
import type { ArticleSection } from "../../../shared/schemas";
import { RenderAfterPaint } from "../../components/render-after-paint";
import { articleQueryOptions } from "../../features/articles/api/get-article";
import { usePrefetchArticle } from "../../features/articles/api/use-prefetch-article";
import { ArticleBody } from "../../features/articles/components/article-body";
import { ArticleByline } from "../../features/articles/components/article-byline";
import { ArticleCover } from "../../features/articles/components/article-cover";
import { ArticleCredits } from "../../features/articles/components/article-credits";
import { TableOfContents, wantsTableOfContents } from "../../features/articles/components/table-of-contents";
import { TopicChips } from "../../features/articles/components/topic-chips";
import { ReadingProgress } from "../../features/reading/components/reading-progress";
import { StaleArticleNotice } from "../../features/reading/components/stale-article-notice";
import { relatedQueryOptions } from "../../features/related/api/get-related";
import { RelatedSidebar } from "../../features/related/components/related-sidebar";
import { CopyLinkButton } from "../../features/share/components/copy-link-button";
import { PassageLink } from "../../features/share/components/passage-link";
import { ShareBar } from "../../features/share/components/share-bar";
import { isNotFound, isRefusedSlug } from "../../lib/api-client";
import { usePageUrl } from "../../lib/use-page-url";
import { PageHead } from "../layout/page-shown";

/**
 * Waits for the article (the page is nothing without it; a prefetched one resolves at once) and
 * starts the related list without waiting. An unknown slug becomes a 404 route error.
 */
export function articleLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const slug = params.slug ?? "";
    void queryClient.prefetchQuery(relatedQueryOptions(slug));
    try {
      await queryClient.ensureQueryData(articleQueryOptions(slug));
    } catch (error) {
      if (isNotFound(error) || isRefusedSlug(error)) throw data(`No article "${slug}"`, { status: 404 });
      throw error;
    }
    return null;
  };
}

/*
 * The page's absolute URL has the browser's origin, which the server render cannot know, so
 * whatever reads it re-renders once hydrated. These few share controls read it themselves so that
 * re-render stays theirs; read in ArticleRoute, it re-rendered the whole article in one long task.
 */

function ArticleShareBar({
  path,
  ...props
}: Omit<ComponentProps<typeof ShareBar>, "url"> & { path: string }) {
  return <ShareBar url={usePageUrl(path)} {...props} />;
}

function SectionLinkButton({ path, section }: { path: string; section: ArticleSection }) {
  const pageUrl = usePageUrl(path);
  return (
    <CopyLinkButton
      compact
      url={`${pageUrl}#${section.id}`}
      label={`Copy link to the section ${section.title}`}
    />
  );
}

function ArticlePassageLink({ path }: { path: string }) {
  return <PassageLink containerId="article-text" pageUrl={usePageUrl(path)} />;
}

export function ArticleRoute() {
  return <ArticlePage slug={useParams().slug ?? ""} />;
}

/**
 * The page itself, given its slug rather than reading the route's: the page outlet also renders it
 * ahead of a click, hidden, for the link a reader reached for (layout/outlet-keeping-previous-page).
 */
export function ArticlePage({ slug }: { slug: string }) {
  const { data: article } = useSuspenseQuery(articleQueryOptions(slug));
  const prefetchArticle = usePrefetchArticle();
  const path = appPaths.article(slug);
  const sections = article.sections;

  return (
    <>
      <PageHead>
        <title>{`${article.title} · Broadsheet`}</title>
        <meta name="description" content={article.excerpt} />
      </PageHead>
      <ReadingProgress targetId="article-content" />
      <div className="grid gap-x-14 gap-y-16 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <article id="article-content" className="min-w-0">
          <header className="mx-auto max-w-[42rem]">
            <TopicChips topics={article.topics} />
            <h1
              tabIndex={-1}
              className="mt-4 font-serif text-[2.1rem] leading-[1.12] font-bold tracking-tight text-balance text-ink sm:text-5xl"
            >
              {article.title}
            </h1>
            <p className="mt-4 font-serif text-xl leading-relaxed text-muted sm:text-[1.35rem]">
              {article.excerpt}
            </p>
            <div className="mt-6">
              <ArticleByline article={article} />
            </div>
            <ArticleShareBar path={path} title={article.title} text={article.excerpt} className="mt-4" />
          </header>
          <ArticleCover
            slug={article.slug}
            topics={article.topics}
            imageUrl={article.imageUrl}
            priority
            className="mx-auto mt-8 max-w-[52rem] rounded-md"
          />
          <div className="mx-auto mt-10 max-w-[42rem] space-y-8">
            <StaleArticleNotice publishedAt={article.publishedAt} />
            {wantsTableOfContents(sections) ? (
              <TableOfContents
                sections={sections}
                renderAction={(section) => <SectionLinkButton path={path} section={section} />}
              />
            ) : null}
            <div id="article-text">
              <ArticleBody slug={slug} html={article.contentHtml} />
            </div>
            {/* Below the text: after a click, these follow the first paint (see RenderAfterPaint). */}
            <RenderAfterPaint key={slug}>
              <ArticlePassageLink path={path} />
              <TopicChips topics={article.topics} />
              <ArticleCredits article={article} />
              <ArticleShareBar
                path={path}
                title={article.title}
                text={article.excerpt}
                label="Share this article, from the end"
              />
            </RenderAfterPaint>
          </div>
        </article>
        <div className="lg:sticky lg:top-6 lg:self-start">
          {/* Beside the text on wide screens, in its own column, and after it on phones. */}
          <RenderAfterPaint key={slug}>
            <RelatedSidebar slug={slug} onArticleIntent={prefetchArticle} />
          </RenderAfterPaint>
        </div>
      </div>
    </>
  );
}

/**
 * The page as rendered ahead, hidden, for a link the reader reached for (app/route-modules.tsx):
 * should its text still be loading it shows nothing until it arrives, and if it throws it stays
 * nothing, out of the way of the page on screen; the click then renders the route as usual.
 */
export function ArticlePageAhead({ slug }: { slug: string }) {
  return (
    <ErrorBoundary fallback={null}>
      <Suspense fallback={null}>
        <ArticlePage slug={slug} />
      </Suspense>
    </ErrorBoundary>
  );
}

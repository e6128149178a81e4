import type { QueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { matchPath } from "react-router";
import { articleKeys } from "../features/articles/api/article-keys";
import { articleQueryOptions } from "../features/articles/api/get-article";

type ArticleRouteModule = typeof import("./routes/article");

let articleRoute: ArticleRouteModule | undefined;

/** The article route's id in the route table (router.tsx), which a prerendered page is matched by. */
export const ARTICLE_ROUTE_ID = "article";
/** The article route's path in the route table, under the root route. */
export const ARTICLE_ROUTE_PATH = "article/:slug";

/**
 * The lazily loaded article page module, shared by the router and by prefetching on intent. Once
 * loaded it is returned as is: import() of a module already loaded still resolves a task later,
 * and in that task React rendered the navigation's pending state on its own, a whole extra render
 * of the page being left before the click's real one.
 */
export async function loadArticleRoute(): Promise<ArticleRouteModule> {
  articleRoute ??= await import("./routes/article");
  return articleRoute;
}

function articleSlugOf(path: string): string | undefined {
  return matchPath(`/${ARTICLE_ROUTE_PATH}`, path)?.params.slug;
}

/** Whether an article's text is in the cache: it was loaded, not refused. */
function articleLoaded(queryClient: QueryClient, slug: string): boolean {
  return queryClient.getQueryState(articleKeys.detail(slug))?.status === "success";
}

/**
 * Loads what the page at `path` needs to be rendered ahead, its code and its data, and tells
 * whether it can be. Rendered before its data is in, it would suspend, and React holds back the
 * content of a boundary that showed its fallback for some 300 ms: the click would often come first.
 */
export async function loadPageAhead(path: string, queryClient: QueryClient): Promise<boolean> {
  const slug = articleSlugOf(path);
  if (!slug) return false;
  // The same request as the link's own prefetch, which the query client shares.
  await Promise.all([loadArticleRoute(), queryClient.prefetchQuery(articleQueryOptions(slug))]);
  return articleLoaded(queryClient, slug);
}

/** A page rendered ahead of the click that opens it (see OutletKeepingPreviousPage). */
export type PrerenderedPage = {
  path: string;
  /** The id of the route the router will match for `path`. */
  routeId: string;
  element: ReactNode;
  /**
   * Whether the page can stand in for the router's own render: its data loaded. An article that
   * failed to load is left to the route, whose error page says so.
   */
  ready: () => boolean;
};

/** Gives the page to render ahead for a path, or null for a page that is not rendered ahead. */
export type Prerender = (path: string) => PrerenderedPage | null;

/**
 * The page at `path`, to render ahead, hidden: articles only (what a list's reader opens next),
 * and only once their code is loaded (loadPageAhead).
 */
export function prerenderedPage(path: string, queryClient: QueryClient): PrerenderedPage | null {
  const slug = articleSlugOf(path);
  if (!slug || !articleRoute) return null;
  const { ArticlePageAhead } = articleRoute;
  return {
    path,
    routeId: ARTICLE_ROUTE_ID,
    element: <ArticlePageAhead slug={slug} />,
    ready: () => articleLoaded(queryClient, slug),
  };
}

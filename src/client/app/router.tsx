import type { QueryClient } from "@tanstack/react-query";
import { data, type RouteObject } from "react-router";
import { PageFallback } from "./layout/page-fallback";
import { RouteErrorBoundary } from "./layout/route-error-boundary";
import { ARTICLE_ROUTE_ID, ARTICLE_ROUTE_PATH, loadArticleRoute } from "./route-modules";
import { NotFoundRoute } from "./routes/not-found";
import { RootLayout } from "./routes/root-layout";

/** Where the routes run: the server renders a page's first paint, the browser the rest. */
export type RoutesRunIn = "server" | "browser";

/**
 * The route table. Page modules are lazy, so the front page never downloads the article page's
 * code; each loader receives the query client and primes the cache (see the route modules).
 * A lazy route's id is its module's name in routes/: for a page it renders, the server lists that
 * module's code for the browser to fetch with the app's (src/server/pages/route-modules.ts).
 */
export function appRoutes(queryClient: QueryClient, runIn: RoutesRunIn): RouteObject[] {
  return [
    {
      id: "root",
      path: "/",
      Component: RootLayout,
      children: [
        {
          // Pathless: errors and first-load placeholders render inside the masthead and footer.
          id: "pages",
          ErrorBoundary: RouteErrorBoundary,
          HydrateFallback: PageFallback,
          children: [
            {
              id: "home",
              index: true,
              lazy: async () => {
                const { HomeRoute, homeLoader } = await import("./routes/home");
                // The server's loader starts the list its page is rendered with. In the browser the
                // list fetches as it renders, and a route without a loader is shown in one render,
                // with no pending state first: Back to the front page took ~20 ms more with one.
                if (runIn === "browser") return { Component: HomeRoute };
                return { Component: HomeRoute, loader: homeLoader(queryClient) };
              },
            },
            {
              id: ARTICLE_ROUTE_ID,
              path: ARTICLE_ROUTE_PATH,
              lazy: async () => {
                const { ArticleRoute, articleLoader } = await loadArticleRoute();
                return { Component: ArticleRoute, loader: articleLoader(queryClient) };
              },
            },
            {
              id: "topic",
              path: "topic/:slug",
              lazy: async () => {
                const { TopicRoute, topicLoader } = await import("./routes/topic");
                return { Component: TopicRoute, loader: topicLoader(queryClient) };
              },
            },
            {
              id: "source",
              path: "source/:slug",
              lazy: async () => {
                const { SourceRoute, sourceLoader } = await import("./routes/source");
                return { Component: SourceRoute, loader: sourceLoader(queryClient) };
              },
            },
            {
              id: "search",
              path: "search",
              lazy: async () => {
                const { SearchRoute, searchLoader } = await import("./routes/search");
                return { Component: SearchRoute, loader: searchLoader(queryClient) };
              },
            },
            {
              path: "*",
              // A 404 status for the server's answer; the error boundary shows the not-found page.
              loader: () => {
                throw data("No page at this address", { status: 404 });
              },
              Component: NotFoundRoute,
            },
          ],
        },
      ],
    },
  ];
}

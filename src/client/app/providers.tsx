import { type QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { type RouteCodePreloader, RouteCodePreloaderProvider } from "../lib/route-code-preloader";
import { intendPage } from "./layout/intended-page";
import { loadArticleRoute, loadPageAhead } from "./route-modules";

/**
 * The import is cached by the module loader: later calls, and the router's own, reuse it. A page
 * to render ahead is announced once its code and data are in.
 */
function routeCodePreloader(queryClient: QueryClient): RouteCodePreloader {
  return (path, { prerender = false } = {}) => {
    if (!path.startsWith("/article/")) return;
    if (!prerender) {
      void loadArticleRoute().catch(() => undefined);
      return;
    }
    void loadPageAhead(path, queryClient).then(
      (ready) => ready && intendPage(path),
      () => undefined,
    );
  };
}

export function AppProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  const [preloadRouteCode] = useState(() => routeCodePreloader(queryClient));
  return (
    <QueryClientProvider client={queryClient}>
      <RouteCodePreloaderProvider value={preloadRouteCode}>{children}</RouteCodePreloaderProvider>
    </QueryClientProvider>
  );
}

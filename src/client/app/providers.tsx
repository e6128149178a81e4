import { type QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { type RouteCodePreloader, RouteCodePreloaderProvider } from "../lib/route-code-preloader";
import { loadArticleRoute } from "./route-modules";

// The import is cached by the module loader: later calls, and the router's own, reuse it.
const preloadRouteCode: RouteCodePreloader = (path) => {
  if (path.startsWith("/article/")) void loadArticleRoute().catch(() => undefined);
};

export function AppProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <RouteCodePreloaderProvider value={preloadRouteCode}>{children}</RouteCodePreloaderProvider>
    </QueryClientProvider>
  );
}

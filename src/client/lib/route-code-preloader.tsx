import { createContext, type ReactNode, useContext } from "react";

/**
 * Starts downloading the code of the page at a path, ahead of navigation; the app supplies it.
 * With `prerender`, the reader has reached for the link (pointer or keyboard, not a passing touch):
 * the page may also be rendered ahead, hidden.
 */
export type RouteCodePreloader = (path: string, options?: { prerender?: boolean }) => void;

const RouteCodePreloaderContext = createContext<RouteCodePreloader>(() => undefined);

export function RouteCodePreloaderProvider({
  value,
  children,
}: {
  value: RouteCodePreloader;
  children: ReactNode;
}) {
  return <RouteCodePreloaderContext.Provider value={value}>{children}</RouteCodePreloaderContext.Provider>;
}

export function useRouteCodePreloader(): RouteCodePreloader {
  return useContext(RouteCodePreloaderContext);
}

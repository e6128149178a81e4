import { createContext, type ReactNode, useContext } from "react";

/** Starts downloading the code of the page at a path, ahead of navigation; the app supplies it. */
export type RouteCodePreloader = (path: string) => void;

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

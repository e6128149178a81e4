import { useSyncExternalStore } from "react";

function subscribeNever(): () => void {
  return () => {};
}

/**
 * The absolute URL of an app path, for sharing. The origin comes from the browser; a server render
 * (next issue) has none, so it falls back to VITE_SITE_ORIGIN and the browser fills it on hydration.
 */
export function usePageUrl(path: string): string {
  const origin = useSyncExternalStore(
    subscribeNever,
    () => window.location.origin,
    () => import.meta.env.VITE_SITE_ORIGIN ?? "",
  );
  return `${origin}${path}`;
}

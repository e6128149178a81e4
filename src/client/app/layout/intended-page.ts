import { useSyncExternalStore } from "react";

/**
 * The page the reader has reached for: a pointer moving over its link, or keyboard focus on it.
 * The page outlet renders it ahead, hidden (outlet-keeping-previous-page.tsx), so the click only
 * has to show it. One path at a time: the newest intent replaces the last.
 */
let intendedPath: string | null = null;
const listeners = new Set<() => void>();

function setIntendedPath(path: string | null): void {
  if (intendedPath === path) return;
  intendedPath = path;
  for (const listener of listeners) listener();
}

export function intendPage(path: string): void {
  setIntendedPath(path);
}

/** After a navigation: an intent was for the page it came from, not for whatever comes next. */
export function forgetIntendedPage(): void {
  setIntendedPath(null);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useIntendedPage(): string | null {
  return useSyncExternalStore(
    subscribe,
    () => intendedPath,
    () => null,
  );
}

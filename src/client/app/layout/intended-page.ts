import { useSyncExternalStore } from "react";

/**
 * The page the reader has reached for: a pointer moving over its link, or keyboard focus on it.
 * The page outlet renders it ahead, hidden (outlet-keeping-previous-page.tsx), so the click only
 * has to show it. One path at a time: the newest intent replaces the last.
 */
export type Intent = { path: string };

/** A new object for each new intent, so an intent already acted on is told from a later one. */
let intent: Intent | null = null;
const listeners = new Set<() => void>();

function setIntent(next: Intent | null): void {
  intent = next;
  for (const listener of listeners) listener();
}

export function intendPage(path: string): void {
  if (intent?.path !== path) setIntent({ path });
}

/** After a navigation: an intent was for the page it came from, not for whatever comes next. */
export function forgetIntendedPage(): void {
  if (intent) setIntent(null);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useIntendedPage(): Intent | null {
  return useSyncExternalStore(
    subscribe,
    () => intent,
    () => null,
  );
}

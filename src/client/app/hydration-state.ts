import type { DehydratedState } from "@tanstack/react-query";
import { HYDRATION_STATE_ELEMENT_ID } from "../../shared/page-render";

/** What the server's first paint leaves for the browser: the query cache and the router's data. */
export type HydrationState = {
  queries: DehydratedState;
  router: {
    loaderData: Record<string, unknown>;
    actionData: Record<string, unknown> | null;
    errors: Record<string, { status: number; statusText: string; data: unknown; internal: boolean }> | null;
  };
};

/** The state from the page's JSON block, or null on a client-only page (server rendering failed). */
export function readHydrationState(document: Document): HydrationState | null {
  const element = document.getElementById(HYDRATION_STATE_ELEMENT_ID);
  if (!element?.textContent) return null;
  try {
    return JSON.parse(element.textContent) as HydrationState;
  } catch {
    return null;
  }
}

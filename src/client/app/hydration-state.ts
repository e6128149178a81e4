import type { DehydratedState } from "@tanstack/react-query";
import { HYDRATION_STATE_ELEMENT_ID } from "../../shared/page-render";
import { articleKeys } from "../features/articles/api/article-keys";
import { ARTICLE_BODY_ATTRIBUTE } from "../features/articles/components/article-body";

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

type DehydratedQuery = DehydratedState["queries"][number];

/** The slug of an article detail query (its key is articleKeys.detail(slug)), else null. */
function articleDetailSlug(query: DehydratedQuery): string | null {
  const [all, detail, slug] = query.queryKey;
  const [allKey, detailKey] = articleKeys.details();
  return all === allKey && detail === detailKey && typeof slug === "string" ? slug : null;
}

function hasBody(data: unknown): data is { contentHtml: unknown } {
  return typeof data === "object" && data !== null && "contentHtml" in data;
}

/**
 * Server: the queries with each article's contentHtml left out. The page's markup carries the body
 * already, and repeating it in the JSON block made the page's HTML too big to arrive in the first
 * TCP round trip (about 14 KB compressed), which is what its first paint waits for.
 */
export function withoutArticleBodies(queries: DehydratedState): DehydratedState {
  return {
    ...queries,
    queries: queries.queries.map((query) => {
      const data = query.state.data;
      if (articleDetailSlug(query) === null || !hasBody(data)) return query;
      const { contentHtml: _body, ...rest } = data;
      return { ...query, state: { ...query.state, data: rest } };
    }),
  };
}

/**
 * Browser, before hydrating: each article's contentHtml put back from the body the server rendered
 * (exactly its innerHTML, so hydration matches and React never sets it again while the data stays
 * the same). An article whose body is not on the page is left out of the cache, to be fetched.
 */
export function withArticleBodies(queries: DehydratedState, document: Document): DehydratedState {
  const bodies = new Map<string, string>();
  for (const element of document.querySelectorAll(`[${ARTICLE_BODY_ATTRIBUTE}]`)) {
    bodies.set(element.getAttribute(ARTICLE_BODY_ATTRIBUTE) ?? "", element.innerHTML);
  }
  return {
    ...queries,
    queries: queries.queries.flatMap((query) => {
      const slug = articleDetailSlug(query);
      const data = query.state.data;
      if (slug === null || typeof data !== "object" || data === null || hasBody(data)) return [query];
      const contentHtml = bodies.get(slug);
      return contentHtml === undefined
        ? []
        : [{ ...query, state: { ...query.state, data: { ...data, contentHtml } } }];
    }),
  };
}

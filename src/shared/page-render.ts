/**
 * The contract between the server and the client's server-rendering entry
 * (src/client/entry-server.tsx): what a rendered page hands back so the server can fill the
 * document around it.
 */
import type { Article, SourceRef, TopicRef } from "./schemas";

/** What the page shows, so the server can write its <head> (Open Graph, JSON-LD, canonical). */
export type PageSubject =
  | { kind: "home" }
  | { kind: "article"; article: Article }
  | { kind: "topic"; topic: TopicRef }
  | { kind: "source"; source: SourceRef }
  | { kind: "search"; query: string }
  | { kind: "not-found" }
  | { kind: "error" };

export type RenderedPage =
  | { kind: "redirect"; status: number; location: string }
  | {
      kind: "page";
      status: number;
      /** The app's markup for inside the root element. */
      html: string;
      /** What the browser needs to hydrate without fetching again (query cache, router data). */
      hydrationState: unknown;
      subject: PageSubject;
      /** The ids of the routes the page matched, outermost first (see router.tsx). */
      routeIds: string[];
    };

export type RenderPageOptions = {
  /** Answers API paths in-process, so rendering never goes over the network. */
  fetchApi: (path: string, init: RequestInit) => Promise<Response>;
};

/** The id of the <script type="application/json"> block that carries hydrationState. */
export const HYDRATION_STATE_ELEMENT_ID = "broadsheet-state";

/**
 * The id of the <script type="application/json"> block that lists the code of the page's own route
 * (its lazy module and what that imports beyond the app's entry), for the bootstrap to fetch with
 * the entry's (src/client/build/start-after-first-paint.ts).
 */
export const ROUTE_MODULES_ELEMENT_ID = "broadsheet-route-modules";

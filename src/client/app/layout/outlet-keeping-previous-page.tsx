import {
  Activity,
  type ContextType,
  type CSSProperties,
  type ReactNode,
  useContext,
  useEffect,
  useState,
} from "react";
import {
  type Location,
  type NavigationType,
  type UIMatch,
  UNSAFE_LocationContext,
  useLocation,
  useMatches,
  useNavigationType,
  useOutlet,
} from "react-router";
import type { Prerender, PrerenderedPage } from "../route-modules";
import { forgetIntendedPage, type Intent, useIntendedPage } from "./intended-page";
import { PageShownProvider } from "./page-shown";

/**
 * The page left behind keeps its style and layout: `content-visibility: hidden` skips drawing it
 * and takes its height away, but keeps what the browser worked out, so Back shows it without
 * styling and laying out every card again (`display: none` dropped all of that). `inert` takes it
 * out of the tab order and the accessibility tree. Inline, not a class: a click can come before
 * the stylesheet holding the page's later utilities has arrived.
 */
const KEPT_PAGE: CSSProperties = { contentVisibility: "hidden" };

/**
 * A mounted page: `slot` is its React key, `entry` the history entry it shows (location.key), and
 * `element` the outlet as the router rendered it for `matches` (the same array until the route's
 * matches or data change: a lazy route arriving, an error, a revalidation).
 */
type Page = { slot: string; entry: string; matches: UIMatch[]; element: ReactNode; here: Here };
/** The router's location context as a page was given it (see `here` in the outlet below). */
type Here = ContextType<typeof UNSAFE_LocationContext>;
/** A page rendered ahead for the link the reader reached for, before any entry shows it. */
type Upcoming = PrerenderedPage & { slot: string };
type Pages = {
  visible: Page;
  previous: Page | null;
  upcoming: Upcoming | null;
  /** The intent current when the reader last changed page: made on a page now left, not acted on. */
  spentIntent: Intent | null;
};
type Route = { location: Location; type: NavigationType; matches: UIMatch[]; outlet: ReactNode };

function leafRouteId(matches: readonly UIMatch[]): string | undefined {
  return matches.at(-1)?.id;
}

function pageFor({ location, type, matches, outlet }: Route, slot = location.key): Page {
  return { slot, entry: location.key, matches, element: outlet, here: { location, navigationType: type } };
}

/** Which pages to keep mounted for the router's current route; `pages` itself when nothing changed. */
function nextPages(pages: Pages, route: Route, intent: Intent | null): Pages {
  const { visible, previous, upcoming } = pages;
  const { location, type, matches } = route;
  if (visible.entry === location.key) {
    return visible.matches === matches ? pages : { ...pages, visible: pageFor(route, visible.slot) };
  }
  const spentIntent = intent;
  // Back (or forward) to the page kept hidden: show it as it was. The router matched its URL anew;
  // the matches are the same routes and params, so the element rendered for them still stands.
  if (type === "POP" && previous?.entry === location.key)
    return { visible: { ...previous, matches }, previous: visible, upcoming: null, spentIntent };
  // The same page under a replaced entry (a search typed into the address): rendered in place.
  if (type === "REPLACE")
    return { visible: pageFor(route, visible.slot), previous, upcoming: null, spentIntent };
  // A page of another kind is kept; one of the same kind (an article after an article) is not:
  // the two would share element ids (the text, its sections, the contents) in one document.
  const sameKind = leafRouteId(visible.matches) === leafRouteId(matches);
  const left = sameKind ? null : visible;
  // The page rendered ahead, once the router has matched and loaded the same page: shown as it is.
  if (upcoming?.path === location.pathname && upcoming.routeId === leafRouteId(matches) && upcoming.ready())
    return {
      visible: { ...pageFor(route, upcoming.slot), element: upcoming.element },
      previous: left,
      upcoming: null,
      spentIntent,
    };
  return { visible: pageFor(route), previous: left, upcoming: null, spentIntent };
}

let upcomingSlots = 0;

/**
 * Renders the intended page ahead, unless it is already on screen or of the visible page's kind
 * (their element ids would clash). It takes the place of a kept page of its own kind.
 */
function withIntendedPage(pages: Pages, intent: Intent | null, prerender: Prerender | undefined): Pages {
  const { visible, previous, upcoming, spentIntent } = pages;
  if (!intent || intent === spentIntent || !prerender) return pages;
  const intended = intent.path;
  if (upcoming?.path === intended) return pages;
  if (visible.matches.at(-1)?.pathname === intended || previous?.matches.at(-1)?.pathname === intended)
    return pages;
  const ahead = prerender(intended);
  if (!ahead || ahead.routeId === leafRouteId(visible.matches)) return pages;
  upcomingSlots += 1;
  return {
    visible,
    previous: previous && leafRouteId(previous.matches) === ahead.routeId ? null : previous,
    upcoming: { ...ahead, slot: `ahead-${upcomingSlots}` },
    spentIntent,
  };
}

/**
 * The route's page, with two more kept mounted but hidden:
 * - the page the reader just left: Back to it shows the same DOM, scrolled where it was, instead of
 *   rendering the whole list again (the front page took ~120 ms to come back that way, on a
 *   desktop);
 * - the article whose link the reader reached for (a pointer over it, keyboard focus), given by
 *   `prerender` once its code is loaded: rendered ahead at React's lowest priority, so the click
 *   only shows it.
 *
 * A page keeps the element it was first rendered with, so showing it again re-renders nothing.
 * Only one page is kept behind, the one the reader is most likely to return to, and only when it
 * is of another kind than the new one (the list behind an article, not the article behind the
 * next); likewise a page is rendered ahead only beside pages of another kind.
 *
 * The page rendered ahead is hidden by <Activity>: its effects do not run before it first shows.
 * The page kept behind stays mounted as it was (KEPT_PAGE), effects included, so showing it again
 * reconnects nothing. It keeps the router's location as it was on screen (`here`), so it neither
 * renders again for the next page's address nor acts on it; what listens to the window asks
 * usePageShown() first, and its <title> and <meta> go through PageHead (page-shown.tsx).
 */
export function OutletKeepingPreviousPage({ prerender }: { prerender?: Prerender }) {
  const route: Route = {
    location: useLocation(),
    type: useNavigationType(),
    matches: useMatches(),
    outlet: useOutlet(),
  };
  const intent = useIntendedPage();
  // The router's own location context, for the page rendered ahead (it has no entry of its own yet).
  // React Router exports the context, as UNSAFE_, for renderers like this one; the outlet's tests
  // fail if a kept page stops seeing its own address.
  const routerHere = useContext(UNSAFE_LocationContext);
  const [pages, setPages] = useState<Pages>(() => ({
    visible: pageFor(route),
    previous: null,
    upcoming: null,
    spentIntent: null,
  }));

  const shown = withIntendedPage(nextPages(pages, route, intent), intent, prerender);
  // Adjusting state while rendering: React renders again at once, before anything is committed.
  if (shown !== pages) setPages(shown);
  // An intent was for a link on the page being left; the next page's links make their own.
  const entry = route.location.key;
  useEffect(() => {
    if (entry) forgetIntendedPage();
  }, [entry]);

  const { visible, previous, upcoming } = shown;
  // In a fixed order, so a page keeps its place (and its DOM) as it hides and shows.
  const mounted = [visible, previous, upcoming]
    .filter((page) => page !== null)
    .sort((a, b) => (a.slot < b.slot ? -1 : 1));
  return mounted.map((page) => (
    <Activity key={page.slot} mode={page === upcoming ? "hidden" : "visible"}>
      <div style={page === previous ? KEPT_PAGE : undefined} inert={page === previous}>
        <UNSAFE_LocationContext value={"here" in page ? page.here : routerHere}>
          <PageShownProvider shown={page === visible}>{page.element}</PageShownProvider>
        </UNSAFE_LocationContext>
      </div>
    </Activity>
  ));
}

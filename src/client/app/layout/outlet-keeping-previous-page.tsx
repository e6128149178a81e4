import { Activity, type ReactNode, useState } from "react";
import {
  type Location,
  type NavigationType,
  type UIMatch,
  useLocation,
  useMatches,
  useNavigationType,
  useOutlet,
} from "react-router";

/**
 * A mounted page: `slot` is its React key, `entry` the history entry it shows (location.key), and
 * `element` the outlet as the router rendered it for `matches` (the same array until the route's
 * matches or data change: a lazy route arriving, an error, a revalidation).
 */
type Page = { slot: string; entry: string; matches: UIMatch[]; element: ReactNode };
type Pages = { visible: Page; previous: Page | null };
type Route = { location: Location; type: NavigationType; matches: UIMatch[]; outlet: ReactNode };

function leafRouteId(matches: readonly UIMatch[]): string | undefined {
  return matches.at(-1)?.id;
}

function pageFor({ location, matches, outlet }: Route, slot = location.key): Page {
  return { slot, entry: location.key, matches, element: outlet };
}

/** Which pages to keep mounted for the router's current route; `pages` itself when nothing changed. */
function nextPages(pages: Pages, route: Route): Pages {
  const { visible, previous } = pages;
  const { location, type, matches } = route;
  if (visible.entry === location.key) {
    return visible.matches === matches ? pages : { visible: pageFor(route, visible.slot), previous };
  }
  // Back (or forward) to the page kept hidden: show it as it was. The router matched its URL anew;
  // the matches are the same routes and params, so the element rendered for them still stands.
  if (type === "POP" && previous?.entry === location.key)
    return { visible: { ...previous, matches }, previous: visible };
  // The same page under a replaced entry (a search typed into the address): rendered in place.
  if (type === "REPLACE") return { visible: pageFor(route, visible.slot), previous };
  // A page of another kind is kept; one of the same kind (an article after an article) is not:
  // the two would share element ids (the text, its sections, the contents) in one document.
  const sameKind = leafRouteId(visible.matches) === leafRouteId(matches);
  return { visible: pageFor(route), previous: sameKind ? null : visible };
}

/**
 * The route's page, with the page the reader just left kept mounted but hidden (React's
 * <Activity>): Back to it shows the same DOM, scrolled where it was, instead of rendering the
 * whole list again (the front page took ~120 ms to come back that way, on a desktop).
 *
 * A page keeps the element it was first rendered with, so showing it again re-renders nothing.
 * Only one page is kept, the one the reader is most likely to return to, and only when it is of
 * another kind than the new one (the list behind an article, not the article behind the next).
 * A hidden page's effects are cleaned up as it hides and run again as it shows, so it neither
 * fetches nor listens while out of sight, and `display: none` takes it out of the accessibility
 * tree.
 */
export function OutletKeepingPreviousPage() {
  const route: Route = {
    location: useLocation(),
    type: useNavigationType(),
    matches: useMatches(),
    outlet: useOutlet(),
  };
  const [pages, setPages] = useState<Pages>(() => ({ visible: pageFor(route), previous: null }));

  const shown = nextPages(pages, route);
  // Adjusting state while rendering: React renders again at once, before anything is committed.
  if (shown !== pages) setPages(shown);

  const { visible, previous } = shown;
  // In a fixed order, so a page keeps its place (and its DOM) as it hides and shows.
  const mounted = [visible, ...(previous ? [previous] : [])].sort((a, b) => (a.slot < b.slot ? -1 : 1));
  return mounted.map((page) => (
    <Activity key={page.slot} mode={page === visible ? "visible" : "hidden"}>
      {page.element}
    </Activity>
  ));
}

import { createContext, type ReactNode, useContext } from "react";

/**
 * Whether the page a component belongs to is the one on screen. The page outlet keeps the page the
 * reader left mounted and laid out, but hidden (layout/outlet-keeping-previous-page.tsx); React
 * still runs its effects, so what measures the page on a window event (a scroll, a resize) asks
 * this first. An IntersectionObserver need not: nothing in a `content-visibility: hidden` subtree
 * intersects. Outside the outlet (tests, the layout) every component is on screen.
 */
const PageShownContext = createContext(true);

export function PageShownProvider({ shown, children }: { shown: boolean; children: ReactNode }) {
  return <PageShownContext value={shown}>{children}</PageShownContext>;
}

export function usePageShown(): boolean {
  return useContext(PageShownContext);
}

/**
 * A page's <title> and <meta> tags. React puts them in the document's head; only the page on screen
 * may have them there, so a kept page takes its own out and puts them back when it is shown again.
 */
export function PageHead({ children }: { children: ReactNode }) {
  return usePageShown() ? children : null;
}

import { type ComponentProps, useEffect, useRef } from "react";
import { Link } from "react-router";
import { useRouteCodePreloader } from "../lib/route-code-preloader";
import { whenIdleAfter } from "../lib/when-idle";

/** How long a link must stay in view before it counts as seen. */
const IN_VIEW_DWELL_MS = 300;

type IntentLinkProps = ComponentProps<typeof Link> & {
  /** Starts the destination's data early; called at most once per mount. */
  onIntent: () => void;
  /** Also fire when the link scrolls into view (for the few links a reader is most likely to open). */
  prefetchInView?: boolean;
};

/**
 * A router link that warms the next page on intent: a pointer moving over it, keyboard focus, a
 * touch, and optionally a while in view. react-router's own `prefetch` needs its framework mode, so
 * this goes through the query client instead. A real interaction also fetches the page's code; a
 * link merely seen does not, so the front page's first load stays its own. A pointer or the keyboard
 * also asks the app to render the page ahead, hidden (app/layout/intended-page.ts); a touch does
 * not, as its click follows at once.
 */
export function IntentLink({ onIntent, prefetchInView = false, ...props }: IntentLinkProps) {
  const fired = useRef(false);
  const ref = useRef<HTMLAnchorElement>(null);
  const intentRef = useRef(onIntent);
  intentRef.current = onIntent;

  const preloadCode = useRouteCodePreloader();
  const codeRequested = useRef(false);
  // A pointer over the link or focus on it right now: its page was asked to be rendered ahead. Each
  // time the reader comes back to the link it is asked again, so the page rendered ahead is the
  // one reached for last.
  const reachedFor = useRef(false);

  /** `reach`: a pointer or the keyboard, which a click may follow; a touch is followed at once. */
  const fire = (reach: boolean) => {
    if (!codeRequested.current || (reach && !reachedFor.current)) {
      codeRequested.current = true;
      reachedFor.current ||= reach;
      preloadCode(typeof props.to === "string" ? props.to : (props.to.pathname ?? ""), { prerender: reach });
    }
    if (fired.current) return;
    fired.current = true;
    intentRef.current();
  };

  // A link is fetched once it has stayed in view a moment and the browser is idle: links scrolled
  // past on the way elsewhere (Back restoring the list's position while the article it leaves is
  // still on screen) would otherwise start fetches that compete with drawing the next page.
  useEffect(() => {
    const element = ref.current;
    if (!prefetchInView || !element || typeof IntersectionObserver === "undefined") return;
    let inView = false;
    let cancelPending: (() => void) | null = null;
    const observer = new IntersectionObserver(
      (entries) => {
        inView = entries.at(-1)?.isIntersecting ?? inView;
        if (!inView || cancelPending) return;
        cancelPending = whenIdleAfter(IN_VIEW_DWELL_MS, () => {
          cancelPending = null;
          if (!inView || fired.current) return;
          observer.disconnect();
          fired.current = true;
          intentRef.current();
        });
      },
      { rootMargin: "200px" },
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
      cancelPending?.();
    };
  }, [prefetchInView]);

  return (
    <Link
      ref={ref}
      {...props}
      // A pointer moving over the link, not merely entering it: a page that scrolls under a
      // resting pointer (Back restoring the list's position) makes links "entered" that the
      // reader never reached for.
      onPointerMove={(event) => {
        if (event.pointerType !== "touch") fire(true);
        props.onPointerMove?.(event);
      }}
      onPointerLeave={(event) => {
        reachedFor.current = false;
        props.onPointerLeave?.(event);
      }}
      onFocus={(event) => {
        fire(true);
        props.onFocus?.(event);
      }}
      onBlur={(event) => {
        reachedFor.current = false;
        props.onBlur?.(event);
      }}
      onTouchStart={(event) => {
        fire(false);
        props.onTouchStart?.(event);
      }}
    />
  );
}

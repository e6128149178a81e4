import { type ComponentProps, useEffect, useRef } from "react";
import { Link } from "react-router";
import { useRouteCodePreloader } from "../lib/route-code-preloader";

type IntentLinkProps = ComponentProps<typeof Link> & {
  /** Starts the destination's data early; called at most once per mount. */
  onIntent: () => void;
  /** Also fire when the link scrolls into view (for the few links a reader is most likely to open). */
  prefetchInView?: boolean;
};

/**
 * A router link that warms the next page on intent: pointer hover, keyboard focus, touch start, and
 * optionally entering the viewport. react-router's own `prefetch` needs its framework mode, so this
 * goes through the query client instead. A real interaction also fetches the page's code; a link
 * merely scrolled past does not, so the front page's first load stays its own.
 */
export function IntentLink({ onIntent, prefetchInView = false, ...props }: IntentLinkProps) {
  const fired = useRef(false);
  const ref = useRef<HTMLAnchorElement>(null);
  const intentRef = useRef(onIntent);
  intentRef.current = onIntent;

  const preloadCode = useRouteCodePreloader();
  const codeRequested = useRef(false);

  const fire = () => {
    if (!codeRequested.current) {
      codeRequested.current = true;
      preloadCode(typeof props.to === "string" ? props.to : (props.to.pathname ?? ""));
    }
    if (fired.current) return;
    fired.current = true;
    intentRef.current();
  };

  useEffect(() => {
    const element = ref.current;
    if (!prefetchInView || !element || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          observer.disconnect();
          if (!fired.current) {
            fired.current = true;
            intentRef.current();
          }
        }
      },
      { rootMargin: "200px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [prefetchInView]);

  return (
    <Link
      ref={ref}
      {...props}
      onMouseEnter={(event) => {
        fire();
        props.onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        fire();
        props.onFocus?.(event);
      }}
      onTouchStart={(event) => {
        fire();
        props.onTouchStart?.(event);
      }}
    />
  );
}

import { type ComponentProps, useEffect, useRef } from "react";
import { Link } from "react-router";

type IntentLinkProps = ComponentProps<typeof Link> & {
  /** Starts the destination's data early; called at most once per mount. */
  onIntent: () => void;
  /** Also fire when the link scrolls into view (for the few links a reader is most likely to open). */
  prefetchInView?: boolean;
};

/**
 * A router link that warms the next page on intent: pointer hover, keyboard focus, touch start, and
 * optionally entering the viewport. react-router's own `prefetch` needs its framework mode, so this
 * goes through the query client instead.
 */
export function IntentLink({ onIntent, prefetchInView = false, ...props }: IntentLinkProps) {
  const fired = useRef(false);
  const ref = useRef<HTMLAnchorElement>(null);
  const intentRef = useRef(onIntent);
  intentRef.current = onIntent;

  const fire = () => {
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

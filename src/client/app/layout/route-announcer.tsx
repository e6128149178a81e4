import { useEffect, useRef, useState } from "react";
import { useLocation } from "react-router";

function isShown(element: HTMLElement): boolean {
  return typeof element.checkVisibility === "function" ? element.checkVisibility() : true;
}

/**
 * Client-side navigation is silent to screen readers, so after each change of page this moves focus
 * to the new page's h1 (without scrolling: scroll restoration decides where the page sits) and
 * announces its title. Query-string changes (search as you type) and hash jumps are not new pages.
 */
export function RouteAnnouncer() {
  const { pathname } = useLocation();
  const [message, setMessage] = useState("");
  const previous = useRef(pathname);

  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const frame = window.requestAnimationFrame(() => {
      // The page just left may still be in <main>, hidden (see outlet-keeping-previous-page.tsx).
      const heading = [...document.querySelectorAll<HTMLElement>("main h1")].find(isShown);
      if (heading) {
        if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
        heading.focus({ preventScroll: true });
      }
      setMessage(document.title);
    });
    return () => window.cancelAnimationFrame(frame);
  }, [pathname]);

  return (
    <p role="status" aria-live="polite" aria-atomic="true" className="sr-only">
      {message}
    </p>
  );
}

import { useEffect } from "react";

/** Long enough for a glide down a long essay to finish; it ends sooner when the scroll does. */
const GLIDE_MS = 1500;

/**
 * Smooth scrolling for a jump within the page (a contents entry, a section's link) and for nothing
 * else. As a standing `scroll-behavior: smooth`, the router's own scrolling glides too: a new page
 * would open half a second above its top, and Back would slide down to the list's place (600 ms)
 * rather than be there. So a click on an in-page link marks <html> for the length of the glide
 * (app.css makes it smooth, unless the reader asks for reduced motion).
 */
export function useSmoothInPageJumps() {
  useEffect(() => {
    const root = document.documentElement;
    let timer: number | undefined;
    const stop = () => {
      window.clearTimeout(timer);
      delete root.dataset.smoothScroll;
    };
    const onClick = (event: MouseEvent) => {
      if (!(event.target instanceof Element) || !event.target.closest("main a[href^='#']")) return;
      root.dataset.smoothScroll = "";
      window.clearTimeout(timer);
      timer = window.setTimeout(stop, GLIDE_MS);
    };
    document.addEventListener("click", onClick, { capture: true });
    document.addEventListener("scrollend", stop);
    return () => {
      document.removeEventListener("click", onClick, { capture: true });
      document.removeEventListener("scrollend", stop);
      stop();
    };
  }, []);
}

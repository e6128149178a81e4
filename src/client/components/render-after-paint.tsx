import { type ReactNode, startTransition, useEffect, useState, useSyncExternalStore } from "react";

function subscribeNever(): () => void {
  return () => {};
}

/**
 * Renders its children only once the browser has painted the page around them, when the page was
 * opened inside the app: a click then commits and paints what the reader looks at first, and the
 * rest (below the text, or beside it) follows in a second, interruptible render. Put it only around
 * parts that take no space above or among what shows first, so nothing visible moves when they come.
 *
 * On the server and when hydrating, the children render at once: the server's page has them, and
 * hydration must find the same markup.
 */
export function RenderAfterPaint({ children }: { children: ReactNode }) {
  // True only while the server renders and while this mounts by hydration.
  const hydrating = useSyncExternalStore(
    subscribeNever,
    () => false,
    () => true,
  );
  const [shown, setShown] = useState(hydrating);

  useEffect(() => {
    if (shown) return;
    // A frame callback runs before that frame's paint; a task queued from it runs after it.
    let timeout = 0;
    const frame = requestAnimationFrame(() => {
      timeout = window.setTimeout(() => startTransition(() => setShown(true)));
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timeout);
    };
  }, [shown]);

  return shown ? children : null;
}

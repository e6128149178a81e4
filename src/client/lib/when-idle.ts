/**
 * Runs `task` after at least `delayMs`, once the browser has nothing more urgent to do (at the
 * latest a second later); returns a function that cancels it. Safari has no idle callbacks: a
 * short timer stands in, long enough to let the frame being drawn finish first.
 */
export function whenIdle(task: () => void, delayMs = 0): () => void {
  let cancelIdle: (() => void) | null = null;
  const requestIdle = () => {
    if (typeof requestIdleCallback === "function") {
      const handle = requestIdleCallback(() => task(), { timeout: 1000 });
      cancelIdle = () => cancelIdleCallback(handle);
    } else {
      const handle = setTimeout(task, 200);
      cancelIdle = () => clearTimeout(handle);
    }
  };
  if (delayMs <= 0) {
    requestIdle();
    return () => cancelIdle?.();
  }
  const delay = setTimeout(requestIdle, delayMs);
  return () => {
    clearTimeout(delay);
    cancelIdle?.();
  };
}

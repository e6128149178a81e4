/**
 * Runs `task` once `delayMs` have passed and then the browser has nothing more urgent to do (at the
 * latest a second later); returns a function that cancels it. Safari has no idle callbacks: there
 * the delay alone has to do.
 */
export function whenIdleAfter(delayMs: number, task: () => void): () => void {
  let cancelIdle = () => {};
  const delay = setTimeout(() => {
    if (typeof requestIdleCallback !== "function") return task();
    const handle = requestIdleCallback(() => task(), { timeout: 1000 });
    cancelIdle = () => cancelIdleCallback(handle);
  }, delayMs);
  return () => {
    clearTimeout(delay);
    cancelIdle();
  };
}

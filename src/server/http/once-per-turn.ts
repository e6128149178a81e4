/**
 * A reading taken at most once per turn of the event loop: every call until the loop next reaches
 * its check phase (setImmediate) gets the first call's value.
 *
 * For the response cache's database version: under load the requests of one poll phase all ask,
 * and asking SQLite costs about as much as writing a cached answer. A commit by another process in
 * the meantime shows at the next turn, as it would had those requests arrived a moment sooner.
 */
export function oncePerTurn<T>(read: () => T): () => T {
  let current: { value: T } | null = null;
  return () => {
    if (current) return current.value;
    current = { value: read() };
    setImmediate(() => {
      current = null;
    });
    return current.value;
  };
}

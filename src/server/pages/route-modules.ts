/**
 * The code of a rendered page's own route, for the browser to fetch with the app's entry.
 *
 * A route module is lazy (src/client/app/router.tsx). Without this list the browser learns which
 * chunks a page needs only once the entry has run, and then asks for them: one more round trip
 * before hydration, and the few milliseconds each new <link rel="modulepreload"> costs all in the
 * task that starts the app. Listed in the page, the bootstrap fetches them with the entry's own,
 * one link a task (src/client/build/start-after-first-paint.ts), and the app finds them there.
 */
import { chunkFiles, entryKeys, readViteManifest, routeModuleKey } from "../build/vite-manifest";

/** Gives, for the route ids a page matched, the URLs of their code the entry does not load itself. */
export type RouteModules = (routeIds: readonly string[]) => string[];

/**
 * Reads the manifest beside a client build. A build without one (or one that cannot be read) lists
 * nothing: the app then fetches its route's code itself, as it does for every later page.
 */
export function routeModulesOf(clientDist: string): RouteModules {
  const manifest = readViteManifest(clientDist);
  if (!manifest) return () => [];
  const loadedByEntry = chunkFiles(manifest, entryKeys(manifest)).js;
  return (routeIds) => {
    const keys = routeIds.flatMap((id) => routeModuleKey(manifest, id) ?? []);
    return [...chunkFiles(manifest, keys).js]
      .filter((file) => !loadedByEntry.has(file))
      .map((file) => `/${file}`);
  };
}

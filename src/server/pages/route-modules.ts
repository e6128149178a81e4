/**
 * The code of a rendered page's own route, for the browser to fetch with the app's entry.
 *
 * A route module is lazy (src/client/app/router.tsx). Without this list the browser learns which
 * chunks a page needs only once the entry has run, and then asks for them: one more round trip
 * before hydration, and the few milliseconds each new <link rel="modulepreload"> costs all in the
 * task that starts the app. Listed in the page, the bootstrap fetches them with the entry's own,
 * one link a task (src/client/build/start-after-first-paint.ts), and the app finds them there.
 *
 * The list comes from the client build's manifest (vite.config.ts `build.manifest`): a lazy
 * route's id is its module's name in src/client/app/routes/.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

const ROUTES_SOURCE = "src/client/app/routes/";

const manifestSchema = z.record(
  z.string(),
  z.object({
    file: z.string(),
    src: z.string().optional(),
    isEntry: z.boolean().optional(),
    imports: z.array(z.string()).optional(),
  }),
);
type Manifest = z.infer<typeof manifestSchema>;

/** The files of these chunks and of every chunk they import, each once. */
function filesOf(manifest: Manifest, keys: readonly string[], into = new Set<string>()): Set<string> {
  for (const key of keys) {
    const chunk = manifest[key];
    if (!chunk || into.has(chunk.file)) continue;
    into.add(chunk.file);
    filesOf(manifest, chunk.imports ?? [], into);
  }
  return into;
}

/** Gives, for the route ids a page matched, the URLs of their code the entry does not load itself. */
export type RouteModules = (routeIds: readonly string[]) => string[];

function fromManifest(manifest: Manifest): RouteModules {
  const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
  const loadedByEntry = filesOf(manifest, entries);
  const keyOfRoute = new Map(
    Object.entries(manifest).flatMap(([key, chunk]) => {
      const route = chunk.src?.startsWith(ROUTES_SOURCE) ? chunk.src.slice(ROUTES_SOURCE.length) : null;
      return route ? [[route.replace(/\.[jt]sx?$/, ""), key] as const] : [];
    }),
  );
  return (routeIds) => {
    const keys = routeIds.flatMap((id) => keyOfRoute.get(id) ?? []);
    return [...filesOf(manifest, keys)].filter((file) => !loadedByEntry.has(file)).map((file) => `/${file}`);
  };
}

/**
 * Reads the manifest beside a client build. A build without one (or one that cannot be read) lists
 * nothing: the app then fetches its route's code itself, as it does for every later page.
 */
export function routeModulesOf(clientDist: string): RouteModules {
  const manifest = manifestSchema.safeParse(readJson(join(clientDist, ".vite", "manifest.json")));
  return manifest.success ? fromManifest(manifest.data) : () => [];
}

function readJson(file: string): unknown {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

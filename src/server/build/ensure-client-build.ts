/**
 * Builds the client (browser bundle and server-rendering entry) when dist/ is missing or older
 * than any client source, so a fresh clone and a pulled change both serve the current app.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "vite";

const ROOT = resolve(import.meta.dirname, "../../..");
const BUILT_MARKERS = [join(ROOT, "dist/client/index.html"), join(ROOT, "dist/server/entry-server.js")];
const SOURCES = ["src/client", "src/shared", "public", "index.html", "vite.config.ts", "package-lock.json"];

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
  return newest;
}

export function clientBuildIsStale(): boolean {
  if (!BUILT_MARKERS.every((marker) => existsSync(marker))) return true;
  const builtAt = Math.min(...BUILT_MARKERS.map((marker) => statSync(marker).mtimeMs));
  return SOURCES.some((source) => newestChange(join(ROOT, source)) > builtAt);
}

/** Returns whether it had to build. */
export async function ensureClientBuild(): Promise<boolean> {
  if (!clientBuildIsStale()) return false;
  // The browser bundle, then the server-rendering entry built from the same route modules.
  await build({ root: ROOT, logLevel: "warn" });
  await build({
    root: ROOT,
    logLevel: "warn",
    build: { ssr: "src/client/entry-server.tsx", outDir: "dist/server" },
  });
  return true;
}

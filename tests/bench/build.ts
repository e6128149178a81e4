/**
 * The bench's own build of the app: the repo's vite.config.ts unchanged, plus a manifest, written to
 * bench-results/build/ so `dist/` is left alone. The real server serves this build in the API and
 * browser sections, so what is measured is what is served.
 */
import { join } from "node:path";
import { build } from "vite";
import { log, RESULTS_DIR, ROOT } from "./support";

export type BenchBuild = { clientDist: string; serverDist: string; manifestFile: string };

let built: Promise<BenchBuild> | null = null;

export function benchBuild(): Promise<BenchBuild> {
  built ??= (async () => {
    const clientDist = join(RESULTS_DIR, "build", "client");
    const serverDist = join(RESULTS_DIR, "build", "server");
    const started = performance.now();
    log("building the client (vite, repo config + manifest) …");
    await build({
      root: ROOT,
      configFile: join(ROOT, "vite.config.ts"),
      logLevel: "warn",
      build: { manifest: true, outDir: clientDist, emptyOutDir: true },
    });
    log("building the server-rendering entry …");
    await build({
      root: ROOT,
      configFile: join(ROOT, "vite.config.ts"),
      logLevel: "warn",
      build: { ssr: "src/client/entry-server.tsx", outDir: serverDist, emptyOutDir: true },
    });
    log(`built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return { clientDist, serverDist, manifestFile: join(clientDist, ".vite", "manifest.json") };
  })();
  return built;
}

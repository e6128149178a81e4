/**
 * Section 1, bytes: the JavaScript and CSS a first visit downloads before the page is interactive,
 * gzip and brotli, for the home route and an article route, and the whole dist; beside it the floor,
 * a hello-world page on the same React + react-router (data router) + TanStack Query, built here.
 *
 * "Initial" follows what the browser really fetches: index.html's entry and its static imports, and,
 * because main.tsx loads the matched route's lazy module before hydrating, that route's chunk with
 * its static imports and CSS.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import react from "@vitejs/plugin-react";
import { build } from "vite";
import {
  chunkFiles,
  entryKeys,
  readViteManifest,
  routeModuleKey,
  type ViteManifest,
} from "../../src/server/build/vite-manifest";
import { benchBuild } from "./build";
import {
  addSizes,
  compressedSizes,
  kb,
  log,
  RESULTS_DIR,
  ROOT,
  type Sizes,
  scratchDirectory,
  type Table,
  ZERO_SIZES,
} from "./support";

export type AssetSet = { js: Sizes; css: Sizes; files: string[] };

export type BytesResult = {
  entry: AssetSet;
  home: AssetSet;
  article: AssetSet;
  dist: { all: Sizes; files: number; sourceMaps: number };
  floor: AssetSet;
  articleToFloorGzip: number;
};

function measure(distDir: string, files: { js: Set<string>; css: Set<string> }): AssetSet {
  const sum = (set: Set<string>) =>
    [...set].reduce(
      (total, file) => addSizes(total, compressedSizes(readFileSync(join(distDir, file)))),
      ZERO_SIZES,
    );
  return { js: sum(files.js), css: sum(files.css), files: [...files.js, ...files.css] };
}

/** The manifest of a build the bench just made: it must be there. */
function manifestOf(outDir: string): ViteManifest {
  const manifest = readViteManifest(outDir);
  if (!manifest) throw new Error(`no readable manifest in ${outDir}`);
  return manifest;
}

function entryKey(manifest: ViteManifest): string {
  const [key] = entryKeys(manifest);
  if (!key) throw new Error("manifest has no entry");
  return key;
}

function routeKey(manifest: ViteManifest, route: string): string {
  const key = routeModuleKey(manifest, route);
  if (!key) throw new Error(`manifest has no chunk for route module ${route}.tsx`);
  return key;
}

function walk(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

// ---------------------------------------------------------------------------------------------
// The floor: hello world on the same stack

const FLOOR_HTML = `<!doctype html>
<html lang="en">
  <head><meta charset="UTF-8" /><title>Floor</title></head>
  <body><div id="root"></div><script type="module" src="/main.tsx"></script></body>
</html>
`;

const FLOOR_MAIN = `import { QueryClient, QueryClientProvider, useQuery } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createBrowserRouter, Link, useLoaderData } from "react-router";
import { RouterProvider } from "react-router/dom";

const queryClient = new QueryClient();

function Hello() {
  const greeting = useLoaderData() as string;
  const { data } = useQuery({ queryKey: ["hello"], queryFn: async () => "world" });
  return (
    <main>
      <h1>{greeting} {data ?? "…"}</h1>
      <Link to="/">Home</Link>
    </main>
  );
}

const router = createBrowserRouter([{ path: "/", loader: () => "Hello", Component: Hello }]);

const root = document.getElementById("root");
if (root)
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  );
`;

async function buildFloor(): Promise<AssetSet> {
  // Inside the repo (bench-results/ is git-ignored) so imports resolve to the repo's node_modules.
  const folder = scratchDirectory("floor-");
  try {
    writeFileSync(join(folder.path, "index.html"), FLOOR_HTML);
    writeFileSync(join(folder.path, "main.tsx"), FLOOR_MAIN);
    const outDir = join(folder.path, "dist");
    log("building the hello-world floor (React + react-router data router + TanStack Query) …");
    await build({
      root: folder.path,
      configFile: false,
      logLevel: "warn",
      plugins: [react()],
      resolve: { alias: [] },
      build: { manifest: true, outDir, emptyOutDir: true },
    });
    const manifest = manifestOf(outDir);
    return measure(outDir, chunkFiles(manifest, [entryKey(manifest)]));
  } finally {
    folder.remove();
  }
}

export async function runBytes(): Promise<{ result: BytesResult; tables: Table[] }> {
  const { clientDist, manifestFile } = await benchBuild();
  const manifest = manifestOf(clientDist);
  const entry = entryKey(manifest);

  // index.html must load exactly the manifest's entry: a check that "initial" is read correctly.
  const indexHtml = readFileSync(join(clientDist, "index.html"), "utf8");
  const entryFile = manifest[entry]?.file ?? "";
  if (!indexHtml.includes(`/${entryFile}`)) throw new Error(`index.html does not load ${entryFile}`);
  const classicScripts = [...indexHtml.matchAll(/<script\s+src="\/([^"]+)"/g)].map((match) => match[1] ?? "");

  const withClassic = (set: { js: Set<string>; css: Set<string> }) => {
    for (const file of classicScripts) set.js.add(file);
    return set;
  };
  const entrySet = measure(clientDist, withClassic(chunkFiles(manifest, [entry])));
  const home = measure(clientDist, withClassic(chunkFiles(manifest, [entry, routeKey(manifest, "home")])));
  const article = measure(
    clientDist,
    withClassic(chunkFiles(manifest, [entry, routeKey(manifest, "article")])),
  );

  const allFiles = walk(clientDist).filter((path) => !path.includes(`${join(clientDist, ".vite")}`));
  // The build's .br/.gz copies are the same files, encoded ahead for the server: counted once, as sources.
  const shipped = allFiles.filter((path) => !/\.(map|br|gz)$/.test(path));
  const all = shipped.reduce(
    (total, path) => addSizes(total, compressedSizes(readFileSync(path))),
    ZERO_SIZES,
  );
  const sourceMaps = allFiles.filter((path) => path.endsWith(".map")).length;

  const floor = await buildFloor();
  const result: BytesResult = {
    entry: entrySet,
    home,
    article,
    dist: { all, files: shipped.length, sourceMaps },
    floor,
    articleToFloorGzip: article.js.gzip / floor.js.gzip,
  };

  const row = (name: string, set: AssetSet): (string | number)[] => [
    name,
    kb(set.js.raw),
    kb(set.js.gzip),
    kb(set.js.brotli),
    kb(set.css.gzip),
    kb(set.css.brotli),
    (set.js.gzip / floor.js.gzip).toFixed(2),
  ];
  return {
    result,
    tables: [
      {
        title: "1. Bytes (initial JS/CSS a first visit loads before hydrating)",
        columns: ["what", "JS raw", "JS gzip", "JS brotli", "CSS gzip", "CSS brotli", "JS gzip / floor"],
        rows: [
          row("floor: hello world, same stack", floor),
          row("index.html entry only", entrySet),
          row("home route (entry + home chunk)", home),
          row("article route (entry + article chunk)", article),
          [
            `whole dist (${shipped.length} files, no .map)`,
            kb(all.raw),
            kb(all.gzip),
            kb(all.brotli),
            "",
            "",
            "",
          ],
        ],
        notes: [
          `article route files: ${article.files.join(", ")}`,
          `gzip level 9, brotli quality 11; built from ${relative(ROOT, manifestFile)} (${relative(ROOT, RESULTS_DIR)}/build), ${sourceMaps} source maps not counted`,
        ],
      },
    ],
  };
}

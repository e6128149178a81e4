/**
 * Vite's build manifest (`.vite/manifest.json` beside a build, vite.config.ts `build.manifest`):
 * which chunks each source module became and what each imports. The server reads it to list a
 * page's route code (pages/route-modules.ts); the bench reads it to weigh what a page loads.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

/** Where the route modules live: a lazy route's id is its module's name here. */
const ROUTES_SOURCE = "src/client/app/routes/";

const manifestSchema = z.record(
  z.string(),
  z.object({
    file: z.string(),
    src: z.string().optional(),
    isEntry: z.boolean().optional(),
    imports: z.array(z.string()).optional(),
    css: z.array(z.string()).optional(),
  }),
);
export type ViteManifest = z.infer<typeof manifestSchema>;

/** The manifest of the build in `outDir`, or null when there is none or it cannot be read. */
export function readViteManifest(outDir: string): ViteManifest | null {
  const file = join(outDir, ".vite", "manifest.json");
  if (!existsSync(file)) return null;
  try {
    const manifest = manifestSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
    return manifest.success ? manifest.data : null;
  } catch {
    return null;
  }
}

/** The keys of the entry chunks (index.html's). */
export function entryKeys(manifest: ViteManifest): string[] {
  return Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
}

/** The key of a route module's chunk, by the route's id, if the build has one. */
export function routeModuleKey(manifest: ViteManifest, routeId: string): string | undefined {
  return Object.keys(manifest).find((key) => {
    const source = manifest[key]?.src ?? "";
    return (
      source.startsWith(ROUTES_SOURCE) &&
      source.slice(ROUTES_SOURCE.length).replace(/\.[jt]sx?$/, "") === routeId
    );
  });
}

/** The files of these chunks and of every chunk they import, each once, scripts and styles apart. */
export function chunkFiles(
  manifest: ViteManifest,
  keys: readonly string[],
): { js: Set<string>; css: Set<string> } {
  const js = new Set<string>();
  const css = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    if (chunk.file.endsWith(".js")) js.add(chunk.file);
    if (chunk.file.endsWith(".css")) css.add(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
    for (const child of chunk.imports ?? []) visit(child);
  };
  for (const key of keys) visit(key);
  return { js, css };
}

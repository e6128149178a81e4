import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { routeModulesOf } from "./route-modules";

const MANIFEST = {
  "index.html": { file: "assets/index-1.js", src: "index.html", isEntry: true, imports: ["_react-1.js"] },
  "_react-1.js": { file: "assets/react-1.js" },
  "_feed-1.js": { file: "assets/feed-1.js", imports: ["_react-1.js", "index.html", "_time-1.js"] },
  "_time-1.js": { file: "assets/time-1.js", imports: ["_react-1.js"] },
  "src/client/app/routes/home.tsx": {
    file: "assets/home-1.js",
    src: "src/client/app/routes/home.tsx",
    isDynamicEntry: true,
    imports: ["_feed-1.js", "_react-1.js"],
  },
  "src/client/app/routes/search.tsx": {
    file: "assets/search-1.js",
    src: "src/client/app/routes/search.tsx",
    imports: ["_time-1.js"],
  },
};

const directories: string[] = [];
function clientDist(manifest: string | null): string {
  const directory = mkdtempSync(join(tmpdir(), "broadsheet-manifest-"));
  directories.push(directory);
  if (manifest !== null) {
    mkdirSync(join(directory, ".vite"));
    writeFileSync(join(directory, ".vite", "manifest.json"), manifest);
  }
  return directory;
}
afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

describe("routeModulesOf", () => {
  it("lists a route's chunk and everything it imports, each once, without what the entry loads", () => {
    const routeModules = routeModulesOf(clientDist(JSON.stringify(MANIFEST)));
    expect(routeModules(["root", "pages", "home"])).toEqual([
      "/assets/home-1.js",
      "/assets/feed-1.js",
      "/assets/time-1.js",
    ]);
    expect(routeModules(["root", "pages", "search"])).toEqual(["/assets/search-1.js", "/assets/time-1.js"]);
  });

  it("lists nothing for routes without a module of their own", () => {
    expect(routeModulesOf(clientDist(JSON.stringify(MANIFEST)))(["root", "pages", "0-0-5"])).toEqual([]);
  });

  it("lists nothing when the build has no readable manifest, and the app then fetches the code itself", () => {
    for (const manifest of [null, "{not json", JSON.stringify({ "index.html": { imports: 3 } })]) {
      expect(routeModulesOf(clientDist(manifest))(["home"])).toEqual([]);
    }
  });
});

/**
 * The built client: hashed assets cached for a year, the app's HTML revalidated on every visit,
 * and every client route answered with that HTML (404 status for paths no route knows).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";
import type { AppDeps } from "../app-deps";
import { CACHE } from "../http/cache-control";

const CLIENT_ROUTES = [
  /^\/$/,
  /^\/article\/[^/]+\/?$/,
  /^\/topic\/[^/]+\/?$/,
  /^\/source\/[^/]+\/?$/,
  /^\/search\/?$/,
];

export function isClientRoute(path: string): boolean {
  return CLIENT_ROUTES.some((route) => route.test(path));
}

export function clientAppRouter({ clientDist }: AppDeps) {
  const app = new Hono();
  const indexFile = clientDist ? join(clientDist, "index.html") : null;
  if (!clientDist || !indexFile || !existsSync(indexFile)) {
    return app.get("*", (c) => {
      c.header("Cache-Control", CACHE.none);
      return c.text(
        "Broadsheet's web app has not been built yet. Run `npm run build`, then start the server again.",
        503,
      );
    });
  }
  const indexHtml = readFileSync(indexFile, "utf8");

  app.use(
    "/assets/*",
    serveStatic({
      root: clientDist,
      onFound: (_path, c) => {
        c.header("Cache-Control", CACHE.immutableAsset);
      },
    }),
  );
  app.get("/assets/*", (c) => c.text("Not found", 404));
  app.use(
    "*",
    serveStatic({
      root: clientDist,
      // index.html is only ever served through the route handler below, with its own caching.
      rewriteRequestPath: (path) =>
        path === "/" || path.endsWith("/index.html") ? "/__no_such_file__" : path,
      onFound: (_path, c) => {
        c.header("Cache-Control", CACHE.reference);
      },
    }),
  );
  app.get("*", (c) => {
    c.header("Cache-Control", CACHE.appShell);
    return c.html(indexHtml, isClientRoute(c.req.path) ? 200 : 404);
  });
  return app;
}

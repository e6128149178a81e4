/**
 * createApp(deps): the whole HTTP surface, with no I/O at import. index.ts serves it; tests build it
 * over their own database.
 */
import { Hono } from "hono";
import { compress } from "hono/compress";
import { etag } from "hono/etag";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import type { AppDeps } from "./app-deps";
import { PROBLEM_TYPES, ProblemError, problemResponse } from "./http/problem";
import { articlesRouter } from "./routes/articles";
import { crawlingRouter } from "./routes/crawling";
import { healthRouter } from "./routes/health";
import { pagesRouter } from "./routes/pages";
import { searchRouter } from "./routes/search";
import { shareCardsRouter } from "./routes/share-cards";
import { sourcesRouter } from "./routes/sources";
import { syndicationRouter } from "./routes/syndication";
import { topicsRouter } from "./routes/topics";

export function createApp(deps: AppDeps) {
  const app = new Hono();

  app.use(requestId());
  app.use(compress());
  // Inside compression (it keeps the plain bytes) and outside the headers set after the handler
  // (security headers, ETag), so a cached answer leaves exactly as the app would send it.
  app.use("/api/*", deps.responseCache.middleware());
  app.use(
    secureHeaders({
      crossOriginEmbedderPolicy: false,
      // Not sent: a page with COOP cannot share a browsing context group with the page the reader
      // came from, so every arrival starts a fresh renderer and pays its warm-up on our main thread
      // (Lighthouse mobile: TBT 450-660 ms with it, 120-320 ms without, same build). What it guards
      // against, a cross-origin window reaching ours, has nothing to reach here: no accounts, no
      // per-reader data, and every link and share window that leaves opens with noopener.
      crossOriginOpenerPolicy: false,
      // Framing is refused by the pages' CSP (frame-ancestors 'none'); this says the same to old browsers.
      xFrameOptions: "DENY",
      // Headers for Internet Explorer, Flash and the XSS auditors browsers have dropped: every page's
      // headers count against the first round trip (about 14 KB) that should carry the whole article.
      xDownloadOptions: false,
      xPermittedCrossDomainPolicies: false,
      xXssProtection: false,
      xDnsPrefetchControl: false,
    }),
  );
  app.use("/api/*", etag());
  // Broadsheet's HTTP surface is read-only; anything but a read is refused before routing.
  app.use(async (c, next) => {
    if (c.req.method === "GET" || c.req.method === "HEAD") return next();
    c.header("Allow", "GET, HEAD");
    return problemResponse(c, {
      ...PROBLEM_TYPES.methodNotAllowed,
      status: 405,
      detail: `${c.req.method} is not allowed here; Broadsheet only answers GET and HEAD.`,
    });
  });

  const api = new Hono()
    .route("/articles", articlesRouter(deps))
    .route("/search", searchRouter(deps))
    .route("/topics", topicsRouter(deps))
    .route("/sources", sourcesRouter(deps))
    .route("/health", healthRouter(deps));
  api.notFound((c) =>
    problemResponse(c, {
      ...PROBLEM_TYPES.notFound,
      status: 404,
      detail: `No API endpoint at ${c.req.path}.`,
    }),
  );
  app.route("/api", api);
  app.all("/api/*", (c) =>
    problemResponse(c, {
      ...PROBLEM_TYPES.notFound,
      status: 404,
      detail: `No API endpoint at ${c.req.path}.`,
    }),
  );
  app.route("/", syndicationRouter(deps));
  app.route("/", shareCardsRouter(deps));
  app.route("/", crawlingRouter(deps));
  // Pages render in-process: their API calls go straight to this app, never over the network.
  app.route(
    "/",
    pagesRouter(deps, (path, init) => Promise.resolve(app.request(path, init))),
  );

  app.onError((error, c) => {
    if (error instanceof ProblemError) return problemResponse(c, error.problem);
    deps.logger.error({ err: error, path: c.req.path, requestId: c.get("requestId") }, "request failed");
    return problemResponse(c, {
      ...PROBLEM_TYPES.internal,
      status: 500,
      detail: "Something went wrong on our side. Please try again in a moment.",
    });
  });
  return app;
}

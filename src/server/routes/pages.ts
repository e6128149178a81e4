/**
 * Pages: the built client with each page's first paint rendered on the server by the same route
 * modules (dist/server/entry-server.js), its head filled for crawlers and link previews, and the
 * state to hydrate from in a JSON block. Hashed assets are cached for a year, the HTML revalidated
 * on every visit. If server rendering fails, the client-only shell goes out and the error is logged.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { serveStatic } from "@hono/node-server/serve-static";
import { type Context, Hono } from "hono";
import { getCookie } from "hono/cookie";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import {
  HYDRATION_STATE_ELEMENT_ID,
  type RenderedPage,
  type RenderPageOptions,
  ROUTE_MODULES_ELEMENT_ID,
} from "../../shared/page-render";
import type { AppDeps } from "../app-deps";
import { htmlResponse } from "../http/brotli-html";
import { CACHE } from "../http/cache-control";
import { siteOrigin } from "../http/site-url";
import { renderHead, scriptSafeJson } from "../pages/document-head";
import { headFor } from "../pages/page-head";
import { type PageStylesheets, pageStylesheet } from "../pages/page-stylesheet";
import { routeModulesOf } from "../pages/route-modules";

const CLIENT_ROUTES = [
  /^\/$/,
  /^\/article\/[^/]+\/?$/,
  /^\/topic\/[^/]+\/?$/,
  /^\/source\/[^/]+\/?$/,
  /^\/search\/?$/,
];
const HEAD_MARKER = "<!--ssr-head-->";
const BODY_MARKER = "<!--ssr-body-->";
// React 19 emits a page's <title>, <meta> and <link> first; they belong in the document's head.
const STYLESHEET_LINK = /<link rel="stylesheet"[^>]*href="(\/assets\/[^"]+\.css)"[^>]*>/g;
const LEADING_HOISTABLES = /^(?:<title>[^<]*<\/title>|<meta\b[^>]*>|<link\b[^>]*>)+/;
/** A comment on lines of its own in index.html, other than the markers: said to developers. */
const TEMPLATE_COMMENT = /\n[ \t]*<!--(?!ssr-(?:head|body)-->)[\s\S]*?-->[ \t]*(?=\n)/g;

function isClientRoute(path: string): boolean {
  return CLIENT_ROUTES.some((route) => route.test(path));
}

/** Where a built stylesheet's later part is served: beside it in name, so it is as immutable. */
const LATER_STYLESHEETS = "/styles/";

type Stylesheets = {
  /** The page template with each stylesheet inlined: whole for the client-only shell (null). */
  inline: (markup: string | null) => string;
  /** The rules a rendered page links after its first paint (see page-stylesheet.ts), or null. */
  later: (file: string, inlined: string) => string | null;
};

/**
 * The stylesheets, inlined into the page so that first paint needs no second request: whole in the
 * client-only shell, and in a rendered page only what its markup uses, with a `data-later` link to
 * the rest for the bootstrap (see page-stylesheet.ts).
 */
function pageStylesheets(template: string, clientDist: string): Stylesheets {
  const sheets = new Map<string, { whole: string; parts: PageStylesheets }>();
  for (const [, href = ""] of template.matchAll(STYLESHEET_LINK)) {
    const file = join(clientDist, href);
    if (!existsSync(file)) continue;
    const whole = readFileSync(file, "utf8");
    sheets.set(basename(href), { whole, parts: pageStylesheet(whole) });
  }
  const inline = (markup: string | null) =>
    template.replace(STYLESHEET_LINK, (link, href: string) => {
      const sheet = sheets.get(basename(href));
      if (!sheet) return link;
      if (markup === null) return `<style>${styleText(sheet.whole)}</style>`;
      const { css, laterKey } = sheet.parts.forMarkup(markup);
      const laterLink =
        laterKey === null
          ? ""
          : ` data-later="${LATER_STYLESHEETS}${basename(href)}?inlined=${encodeURIComponent(laterKey)}"`;
      return `<style${laterLink}>${styleText(css)}</style>`;
    });
  const later = (file: string, inlined: string) => sheets.get(file)?.parts.later(inlined) ?? null;
  return { inline, later };
}

/** CSS inside <style>: nothing in it can close the element. */
function styleText(css: string): string {
  return css.replace(/<\/style/gi, "<\\/style");
}

/** The reader's chosen theme (a cookie the theme switch sets) on <html>, so the first paint has it. */
function withTheme(html: string, c: Context): string {
  const theme = getCookie(c, "broadsheet-theme");
  if (theme !== "light" && theme !== "dark") return html;
  return html.replace("<html ", `<html data-theme="${theme}" `);
}

/**
 * A path that cannot be percent-decoded names no page: render the not-found page for it (a 404),
 * rather than let the router fail on it (a 500).
 */
function readablePath(request: Request): Request {
  const url = new URL(request.url);
  try {
    decodeURIComponent(url.pathname);
    return request;
  } catch {
    return new Request(new URL("/not-a-page", url), { headers: request.headers, signal: request.signal });
  }
}

/**
 * The page's Content-Security-Policy. Scripts: files from this origin and the page's own inline
 * scripts by hash (the build's bootstrap); so even markup that slipped past the sanitiser could run
 * nothing. Images may come from the publishers' sites; styles are inlined into the page.
 */
function contentSecurityPolicy(template: string): string {
  const hashes = [...template.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
    ([, body = ""]) => `'sha256-${createHash("sha256").update(body).digest("base64")}'`,
  );
  return [
    "default-src 'self'",
    ["script-src 'self'", ...hashes].join(" "),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' https: http: data: blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

type RenderModule = { renderPage: (request: Request, options: RenderPageOptions) => Promise<RenderedPage> };

export function pagesRouter(deps: AppDeps, fetchApi: RenderPageOptions["fetchApi"]) {
  const { clientDist, serverEntry, logger, publicUrl } = deps;
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
  // Every page must fit the first round trip with its headers (~14.6 KB): comments are not sent.
  const template = readFileSync(indexFile, "utf8").replace(TEMPLATE_COMMENT, "");
  const stylesheets = pageStylesheets(template, clientDist);
  const shell = stylesheets
    .inline(null)
    .replace(HEAD_MARKER, "<title>Broadsheet</title>")
    .replace(BODY_MARKER, "");
  const policy = contentSecurityPolicy(shell);
  const routeModules = routeModulesOf(clientDist);

  let renderModule: Promise<RenderModule | null> | null = null;
  const loadRenderModule = () => {
    renderModule ??=
      serverEntry && existsSync(serverEntry)
        ? (import(pathToFileURL(serverEntry).href) as Promise<RenderModule>)
        : Promise.resolve(null);
    return renderModule;
  };

  function clientOnlyShell(c: Context) {
    c.header("Cache-Control", CACHE.appShell);
    c.header("Content-Security-Policy", policy);
    return htmlResponse(c, withTheme(shell, c), isClientRoute(c.req.path) ? 200 : 404);
  }

  app.use(
    "/assets/*",
    serveStatic({
      root: clientDist,
      // The build writes .br and .gz copies (vite.config.ts); compress() leaves an encoded body alone.
      precompressed: true,
      onFound: (_path, c) => {
        c.header("Cache-Control", CACHE.immutableAsset);
      },
    }),
  );
  app.get("/assets/*", (c) => c.text("Not found", 404));
  app.get(`${LATER_STYLESHEETS}:file`, (c) => {
    const css = stylesheets.later(c.req.param("file"), c.req.query("inlined") ?? "");
    if (css === null) return c.text("Not found", 404);
    c.header("Cache-Control", CACHE.immutableAsset);
    return c.body(css, 200, { "Content-Type": "text/css; charset=utf-8" });
  });
  app.use(
    "*",
    serveStatic({
      root: clientDist,
      // index.html is only ever served through the page handler below, rendered and with its own caching.
      // Dot-paths (a build's .vite/ folder, say) are never public.
      rewriteRequestPath: (path) =>
        path === "/" || path.endsWith("/index.html") || path.startsWith("/.") ? "/__no_such_file__" : path,
      onFound: (_path, c) => {
        c.header("Cache-Control", CACHE.reference);
      },
    }),
  );

  app.get("*", async (c) => {
    const render = await loadRenderModule().catch((error: unknown) => {
      logger.error(
        { err: error },
        "could not load the server-rendering entry; serving the client-only shell",
      );
      return null;
    });
    if (!render) return clientOnlyShell(c);

    let page: RenderedPage;
    try {
      page = await render.renderPage(readablePath(c.req.raw), { fetchApi });
    } catch (error) {
      logger.error(
        { err: error, path: c.req.path },
        "server rendering failed; serving the client-only shell",
      );
      return clientOnlyShell(c);
    }
    if (page.kind === "redirect") return c.redirect(page.location, page.status === 301 ? 301 : 302);

    const hoisted = LEADING_HOISTABLES.exec(page.html)?.[0] ?? "";
    const body = page.html.slice(hoisted.length);
    const head = headFor(page.subject, siteOrigin(c, publicUrl), c.req.path);
    const headTags = [
      hoisted
        ? `${hoisted}\n    ${renderHead(head, { withTitle: false })}`
        : renderHead(head, { withTitle: true }),
    ].join("\n    ");
    // The state goes after the root element, not in it: the root must hold exactly what React rendered.
    const state = `<script type="application/json" id="${HYDRATION_STATE_ELEMENT_ID}">${scriptSafeJson(page.hydrationState)}</script>`;
    const modules = `<script type="application/json" id="${ROUTE_MODULES_ELEMENT_ID}">${scriptSafeJson(routeModules(page.routeIds))}</script>`;
    const html = withTheme(stylesheets.inline(body), c)
      .replace(HEAD_MARKER, () => headTags)
      .replace(BODY_MARKER, () => body)
      .replace("</body>", () => `  ${modules}\n  ${state}\n  </body>`);
    c.header("Cache-Control", CACHE.appShell);
    c.header("Content-Security-Policy", policy);
    // The page differs by the theme cookie; shared caches must keep one copy per value.
    c.header("Vary", "Cookie");
    return htmlResponse(c, html, page.status as ContentfulStatusCode);
  });
  return app;
}

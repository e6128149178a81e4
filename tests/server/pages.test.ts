/**
 * Pages as a crawler, a link preview or a phone's first paint get them: fetched over HTTP without a
 * browser, parsed with an HTML parser (jsdom), with the article's text, head tags and JSON-LD in the
 * server's HTML, and hostile titles unable to leave their context.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { get as httpGet, type IncomingHttpHeaders } from "node:http";
import { join, resolve } from "node:path";
import { JSDOM } from "jsdom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROUTE_MODULES_ELEMENT_ID } from "../../src/shared/page-render";
import type { Article, ArticlePage, SourceList } from "../../src/shared/schemas";
import { getJson, type RunningServer, startServer, temporaryDirectory } from "./support/server-process";

const ROOT = resolve(import.meta.dirname, "../..");
const HOSTILE_FEED = join(ROOT, "tests/fixtures/feeds/hostile-head.atom.xml");
const directory = temporaryDirectory("broadsheet-pages-");
let server: RunningServer;
let latest: ArticlePage;

beforeAll(async () => {
  const feedsFile = join(directory.path, "feeds.txt");
  writeFileSync(feedsFile, `${HOSTILE_FEED}\n`);
  server = await startServer({
    clientDist: join(ROOT, "dist/client"),
    serverDist: join(ROOT, "dist/server"),
    env: { FEEDS_FILE: feedsFile },
  });
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const sources = await getJson<SourceList>(server, "/api/sources");
    if (sources.items.some((source) => source.name.startsWith("Hostile"))) break;
    await new Promise((resolvePromise) => setTimeout(resolvePromise, 100));
  }
  latest = await getJson<ArticlePage>(server, "/api/articles?limit=50");
});
afterAll(async () => {
  await server.stop();
  directory.remove();
});

async function page(path: string) {
  const response = await server.get(path);
  const html = await response.text();
  return { response, html, document: new JSDOM(html).window.document };
}

function meta(document: Document, key: string): string[] {
  return [...document.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)].map(
    (element) => element.getAttribute("content") ?? "",
  );
}

function jsonLd(document: Document): Record<string, unknown> {
  const block = document.querySelector('script[type="application/ld+json"]');
  return JSON.parse(block?.textContent ?? "null") as Record<string, unknown>;
}

/** The inline script the build puts in index.html to start the app after the first paint. */
function builtStylesheet(): string {
  const assets = join(ROOT, "dist/client/assets");
  const [name] = readdirSync(assets).filter((file) => file.endsWith(".css"));
  return readFileSync(join(assets, name ?? "missing.css"), "utf8");
}

function builtBootstrap(): string {
  const index = readFileSync(join(ROOT, "dist/client/index.html"), "utf8");
  const document = new JSDOM(index).window.document;
  const inline = [...document.querySelectorAll("script")].filter((script) => !script.hasAttribute("type"));
  expect(inline).toHaveLength(1);
  return inline[0]?.textContent ?? "";
}

/** Every <script> a page may carry: the build's own bootstrap and JSON data blocks. */
function expectOnlyOurScripts(document: Document) {
  const bootstrap = builtBootstrap();
  for (const script of document.querySelectorAll("script")) {
    const type = script.getAttribute("type");
    const allowed =
      type === "application/json" ||
      type === "application/ld+json" ||
      (type === null && !script.hasAttribute("src") && script.textContent === bootstrap);
    expect(allowed, `unexpected script: ${script.outerHTML.slice(0, 120)}`).toBe(true);
    if (type?.startsWith("application/")) expect(() => JSON.parse(script.textContent ?? "")).not.toThrow();
  }
  expect(document.querySelectorAll("[onerror], [onload], [onclick]")).toHaveLength(0);
}

describe("the app's code", () => {
  it("is not requested by the page itself, only imported by the bootstrap after the first paint", async () => {
    const { document } = await page("/");
    // Nothing the parser would fetch before painting: no script file, no module preload.
    expect(document.querySelectorAll("script[src], link[rel='modulepreload']")).toHaveLength(0);
    const bootstrap = [...document.querySelectorAll("script:not([type])")];
    expect(bootstrap).toHaveLength(1);
    const text = bootstrap[0]?.textContent ?? "";
    expect(text).toContain('"first-contentful-paint"');
    // The modules it imports, the entry last: each one is served.
    const modules = JSON.parse(/var modules=(\[[^\]]*\])/.exec(text)?.[1] ?? "[]") as string[];
    expect(modules.at(-1)).toMatch(/^\/assets\/index-[\w-]+\.js$/);
    for (const path of modules) {
      const response = await server.get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-type"), path).toMatch(/javascript/);
    }
    // After the root and its content, so it runs once the server's markup is in place.
    expect(document.getElementById("root")?.compareDocumentPosition(bootstrap[0] as Element)).toBe(
      document.DOCUMENT_POSITION_FOLLOWING,
    );
  });
});

describe("the route modules a page lists for the bootstrap", () => {
  async function listed(path: string): Promise<string[]> {
    const { document } = await page(path);
    const block = document.getElementById(ROUTE_MODULES_ELEMENT_ID);
    return JSON.parse(block?.textContent ?? "null") as string[];
  }

  it("are its own route's chunk and what that imports, beyond what the entry loads, each served", async () => {
    const { document } = await page("/");
    const entryModules = JSON.parse(
      /var modules=(\[[^\]]*\])/.exec(builtBootstrap())?.[1] ?? "[]",
    ) as string[];
    const home = await listed("/");
    expect(home[0]).toMatch(/^\/assets\/home-[\w-]+\.js$/);
    expect(home.filter((path) => entryModules.includes(path))).toEqual([]);
    for (const path of home) {
      const response = await server.get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-type"), path).toMatch(/javascript/);
    }
    expect(document.querySelectorAll(`#${ROUTE_MODULES_ELEMENT_ID}`)).toHaveLength(1);

    const [article] = latest.items;
    expect((await listed(`/article/${article?.slug}`))[0]).toMatch(/^\/assets\/article-[\w-]+\.js$/);
    expect((await listed("/topic/ai"))[0]).toMatch(/^\/assets\/topic-[\w-]+\.js$/);
    expect((await listed("/search?q=layer"))[0]).toMatch(/^\/assets\/search-[\w-]+\.js$/);
    // The not-found page is part of the entry: nothing more to fetch.
    expect(await listed("/no/such/page")).toEqual([]);
  });
});

describe("the Content-Security-Policy", () => {
  it("lets only this origin's files and the build's own bootstrap run, on every page", async () => {
    const hash = `'sha256-${createHash("sha256").update(builtBootstrap()).digest("base64")}'`;
    for (const path of ["/", "/search?q=x", "/no-such-page"]) {
      const policy = (await server.get(path)).headers.get("content-security-policy") ?? "";
      const scripts = /(?:^|;\s*)script-src ([^;]*)/.exec(policy)?.[1]?.split(/\s+/) ?? [];
      expect(scripts, path).toEqual(["'self'", hash]);
      expect(policy, path).toMatch(/object-src 'none'/);
      expect(policy, path).toMatch(/base-uri 'none'/);
      expect(policy, path).toMatch(/frame-ancestors 'none'/);
    }
  });
});

describe("an article page from the server", () => {
  it("carries the article's text, head tags and JSON-LD", async () => {
    const summary = latest.items.find((item) => !item.source.name.startsWith("Hostile"));
    const article = await getJson<Article>(server, `/api/articles/${summary?.slug}`);
    const { response, document } = await page(`/article/${article.slug}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-cache");

    expect(document.querySelector("h1")?.textContent).toBe(article.title);
    const firstParagraph =
      new JSDOM(article.contentHtml).window.document.querySelector("p")?.textContent ?? "";
    expect(document.querySelector("main")?.textContent).toContain(firstParagraph.slice(0, 60));

    expect(document.title).toBe(`${article.title} · Broadsheet`);
    expect(document.querySelectorAll("title")).toHaveLength(1);
    expect(meta(document, "description")).toEqual([article.excerpt]);
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(article.url);
    expect(meta(document, "og:type")).toEqual(["article"]);
    expect(meta(document, "og:title")).toEqual([article.title]);
    expect(meta(document, "og:url")).toEqual([`${server.baseUrl}/article/${article.slug}`]);
    expect(meta(document, "og:site_name")).toEqual(["Broadsheet"]);
    expect(meta(document, "article:published_time")).toEqual([article.publishedAt]);
    expect(meta(document, "article:author")).toEqual([article.author ?? article.source.name]);
    expect(meta(document, "article:section")).toEqual([article.topics[0]?.name ?? ""]);
    expect(meta(document, "article:tag")).toEqual(
      expect.arrayContaining(article.topics.map((topic) => topic.name)),
    );
    expect(meta(document, "twitter:card")).toEqual(["summary_large_image"]);

    const [image] = meta(document, "og:image");
    expect(meta(document, "og:image:width")).toEqual(["1200"]);
    expect(meta(document, "og:image:height")).toEqual(["630"]);
    const card = await server.get(new URL(image ?? "").pathname);
    expect(card.status).toBe(200);
    expect(card.headers.get("content-type")).toBe("image/png");
    const png = new Uint8Array(await card.arrayBuffer());
    // PNG signature, then IHDR width and height (big-endian) at bytes 16-23.
    expect([...png.slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    const view = new DataView(png.buffer);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 630]);

    const ld = jsonLd(document);
    expect(ld["@type"]).toBe("NewsArticle");
    expect(ld.headline).toBe(article.title);
    expect(ld.datePublished).toBe(article.publishedAt);
    expect(ld.isBasedOn).toBe(article.url);
    expect(ld.publisher).toMatchObject({ name: article.source.name });
    expect(ld.mainEntityOfPage).toMatchObject({ "@id": `${server.baseUrl}/article/${article.slug}` });

    // First paint needs no second request for styles: the page inlines the rules its markup uses
    // (the lead story's are the home page's), and the bootstrap links the rest after it.
    expect(document.querySelector('link[rel="stylesheet"]')).toBeNull();
    const inlinedStyle = document.querySelector("head style");
    const inlined = inlinedStyle?.textContent ?? "";
    expect(inlined).toContain(".essay");
    expect(inlined).toContain(".max-w-\\[42rem\\]{");
    expect(inlined).not.toContain(".underline-offset-\\[6px\\]{");
    const home = (await page("/")).document.querySelector("head style")?.textContent ?? "";
    expect(home).toContain(".underline-offset-\\[6px\\]{");
    expect((await server.get("/.vite/manifest.json")).status).toBe(404);

    // The rest: the utilities the page did not inline, and nothing for an element already there.
    const laterPath = inlinedStyle?.getAttribute("data-later") ?? "";
    expect(laterPath).toMatch(/^\/styles\/[\w-]+\.css\?inlined=[\w-]+$/);
    const later = await server.get(laterPath);
    expect(later.status).toBe(200);
    expect(later.headers.get("content-type")).toMatch(/^text\/css/);
    expect(later.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const laterCss = await later.text();
    expect(laterCss).toContain(".underline-offset-\\[6px\\]{");
    expect(laterCss).not.toContain(".max-w-\\[42rem\\]{");
    expect(laterCss).not.toMatch(/@property|@layer (theme|base|components)|\.essay/);
    // Every custom property registered from the first paint, read by this page or not.
    const registrations = (css: string) => css.match(/@property /g)?.length ?? 0;
    expect(registrations(inlined)).toBe(registrations(builtStylesheet()));
    // A key that names no set of the sheet's utilities, or none at all, finds nothing.
    const file = laterPath.slice(0, laterPath.indexOf("?"));
    for (const path of [file, `${file}?inlined=%00`, `${file}?inlined=${"A".repeat(400)}`])
      expect((await server.get(path)).status, path).toBe(404);
    expect((await server.get("/styles/index-nosuch.css")).status).toBe(404);

    const state = document.getElementById("broadsheet-state");
    expect(state?.getAttribute("type")).toBe("application/json");
    // The body is in the page once, in the markup; the browser reads it back from there.
    const { queries } = JSON.parse(state?.textContent ?? "{}") as {
      queries: { queries: { queryKey: unknown[]; state: { data: unknown } }[] };
    };
    const cached = queries.queries.find(
      (query) => query.queryKey.join("/") === `articles/detail/${article.slug}`,
    )?.state.data;
    expect(cached).toMatchObject({ title: article.title, sections: article.sections });
    expect(cached).not.toHaveProperty("contentHtml");
    expect(state?.textContent).not.toContain("contentHtml");
    expect(state?.textContent).not.toContain(firstParagraph.slice(0, 60));
    expect(document.querySelector(`[data-article-body="${article.slug}"]`)?.textContent).toContain(
      firstParagraph.slice(0, 60),
    );
    expectOnlyOurScripts(document);
  });

  it("keeps hostile titles, authors and summaries inside their contexts", async () => {
    const hostile = latest.items.find((item) => item.source.name.startsWith("Hostile"));
    expect(hostile, "the hostile fixture feed was ingested").toBeDefined();
    const article = await getJson<Article>(server, `/api/articles/${hostile?.slug}`);
    expect(article.title).toContain("</script><script>");
    const { document, html } = await page(`/article/${article.slug}`);

    expect(document.querySelector("h1")?.textContent).toBe(article.title);
    expect(document.title).toBe(`${article.title} · Broadsheet`);
    expect(meta(document, "og:title")).toEqual([article.title]);
    expect(meta(document, "description")).toEqual([article.excerpt]);
    expect(jsonLd(document).headline).toBe(article.title);
    expect(jsonLd(document).description).toBe(article.excerpt);
    expectOnlyOurScripts(document);
    expect(html).not.toContain('<script>alert("title")');
    expect(html).not.toContain("<img src=x");
  });

  it("answers an unknown slug with 404 and the not-found page", async () => {
    const { response, document } = await page("/article/no-such-article-here");
    expect(response.status).toBe(404);
    expect(document.querySelector("h1")?.textContent).toMatch(/couldn.t find that page/i);
    expect(meta(document, "robots")).toEqual(["noindex"]);
  });

  it("goes out in brotli to a browser that takes it, smaller than in gzip", async () => {
    const articles = await getJson<ArticlePage>(server, "/api/articles?limit=1");
    const path = `/article/${articles.items[0]?.slug}`;
    // With node:http, to count the bytes on the wire (fetch decodes them).
    const raw = (acceptEncoding: string) =>
      new Promise<{ headers: IncomingHttpHeaders; bytes: number }>((resolve, reject) => {
        httpGet(
          `${server.baseUrl}${path}`,
          { headers: { "accept-encoding": acceptEncoding } },
          (response) => {
            let bytes = 0;
            response.on("data", (chunk: Buffer) => {
              bytes += chunk.byteLength;
            });
            response.on("end", () => resolve({ headers: response.headers, bytes }));
          },
        ).on("error", reject);
      });
    const brotli = await raw("gzip, deflate, br, zstd");
    expect(brotli.headers["content-encoding"]).toBe("br");
    expect(brotli.headers.vary).toMatch(/accept-encoding/i);
    const gzip = await raw("gzip, br;q=0");
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(brotli.bytes).toBeGreaterThan(1000);
    expect(brotli.bytes).toBeLessThan(gzip.bytes);
    const decoded = await (await server.get(path, { headers: { "accept-encoding": "br" } })).text();
    expect(decoded).toMatch(/^<!doctype html>/);
    expect(decoded).toContain('id="broadsheet-state"');
    // index.html's notes to developers stay out of the bytes a reader waits for.
    expect(readFileSync(join(ROOT, "index.html"), "utf8")).toContain("<!-- public/favicon.png");
    expect(decoded).not.toContain("<!-- public/favicon.png");
    expect(decoded).not.toMatch(/<!--ssr-/);
  });
});

describe("the reader's theme", () => {
  it("is on <html> from the first byte when the reader chose one, and absent otherwise", async () => {
    const dark = await server.get("/", { headers: { Cookie: "broadsheet-theme=dark" } });
    expect(new JSDOM(await dark.text()).window.document.documentElement.dataset.theme).toBe("dark");
    expect(dark.headers.get("vary")).toContain("Cookie");
    const hostile = await server.get("/", { headers: { Cookie: 'broadsheet-theme="><script>' } });
    expect(new JSDOM(await hostile.text()).window.document.documentElement.hasAttribute("data-theme")).toBe(
      false,
    );
  });
});

describe("other pages from the server", () => {
  it.each([
    ["/", 200, /Latest stories/],
    ["/topic/ai", 200, /AI/],
    ["/source/civic-circuit", 200, /Civic Circuit/],
    ["/search?q=stablecoin", 200, /Search/],
    ["/no/such/page", 404, /couldn.t find that page/i],
    ["/topic/no-such-topic", 404, /couldn.t find that page/i],
    ["/article/%E0%A4%A", 404, /couldn.t find that page/i],
    ["/article/%3Cscript%3E", 404, /couldn.t find that page/i],
    [`/article/${"a".repeat(300)}`, 404, /couldn.t find that page/i],
  ])("%s renders with status %i, its heading and head", async (path, status, heading) => {
    const { response, document } = await page(path);
    expect(response.status).toBe(status);
    expect(document.querySelectorAll("h1")).toHaveLength(1);
    expect(document.querySelector("h1")?.textContent).toMatch(heading);
    expect(document.querySelectorAll("title")).toHaveLength(1);
    expect(document.querySelector('link[rel="canonical"]')).not.toBeNull();
    expect(meta(document, "og:title")).toHaveLength(1);
    expectOnlyOurScripts(document);
  });

  it("lists the home page's stories in the HTML and advertises the feeds", async () => {
    const { document } = await page("/");
    const text = document.querySelector("main")?.textContent ?? "";
    for (const item of latest.items.slice(0, 5)) expect(text).toContain(item.title);
    const feeds = [...document.querySelectorAll('link[rel="alternate"]')].map((link) =>
      link.getAttribute("href"),
    );
    expect(feeds).toEqual([`${server.baseUrl}/feed.xml`, `${server.baseUrl}/feed.json`]);
    const topic = await page("/topic/ai");
    expect(
      [...topic.document.querySelectorAll('link[rel="alternate"]')].map((link) => link.getAttribute("href")),
    ).toEqual([`${server.baseUrl}/topic/ai/feed.xml`, `${server.baseUrl}/topic/ai/feed.json`]);
  });

  it("every sitemap URL answers 200 with its article", async () => {
    const sitemap = await (await server.get("/sitemap.xml")).text();
    const urls = new JSDOM(sitemap, { contentType: "text/xml" }).window.document.querySelectorAll("loc");
    expect(urls.length).toBe(latest.items.length);
    for (const url of [...urls].slice(0, 10)) {
      const response = await server.get(new URL(url.textContent ?? "").pathname);
      expect(response.status).toBe(200);
    }
  });
});

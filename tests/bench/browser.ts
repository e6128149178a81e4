/**
 * Section 4, browser. Lighthouse 12.2.3 (node API, default config: mobile emulation, simulated slow
 * 4G and 4x CPU) with Debian's Chromium, several runs per page, the median of each figure: the home
 * page and an article page from the real server, and the same article as a static HTML page with no
 * JavaScript (the limit for a first paint). Then Playwright: click on a home card to the article's
 * text painted, with a prefetch (hover, wait for its request) and without (a synthetic click, no
 * hover), and Back to the list restored at the same scroll position.
 */
import { writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "@playwright/test";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import type { Article, ArticlePage } from "../../src/shared/schemas";
import { CHROMIUM_LAUNCH_OPTIONS } from "../e2e/support/chromium";
import { benchBuild } from "./build";
import {
  getJson,
  log,
  median,
  RESULTS_DIR,
  type RunningServer,
  scratchDirectory,
  startRealServer,
  type Table,
} from "./support";

// The same Chromium and flags as the end-to-end tests; Lighthouse launches it itself, headless.
const CHROMIUM = CHROMIUM_LAUNCH_OPTIONS.executablePath ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = CHROMIUM_LAUNCH_OPTIONS.args ?? [];
const CHROME_FLAGS = ["--headless=new", ...CHROMIUM_ARGS];
const INTERACTION_RUNS = 5;
const CARD_INDEX = 4;

export type LighthouseFigures = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  totalBytes: number;
};
export type LighthousePage = {
  name: string;
  url: string;
  median: LighthouseFigures;
  runs: LighthouseFigures[];
  failedAudits: string[];
};
export type Interaction = { medianMs: number; runs: number[]; note: string };
export type BrowserResult = {
  lighthouse: LighthousePage[];
  clickWithPrefetch: Interaction;
  clickWithPrefetchWarm: Interaction;
  clickWithoutPrefetch: Interaction;
  backToList: Interaction & { restoredAll: boolean };
};

// ---------------------------------------------------------------------------------------------
// The static limit: the article as plain HTML, no JavaScript

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function staticArticleHtml(article: Article): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escapeHtml(article.title)} · Broadsheet</title>
<meta name="description" content="${escapeHtml(article.excerpt)}">
<style>
body{margin:0;font:1.125rem/1.7 Georgia,"Times New Roman",serif;color:#1a1a1a;background:#fdfcf9}
main{max-width:42rem;margin:0 auto;padding:1.5rem 1rem}
h1{font-size:2.1rem;line-height:1.15;margin:.5rem 0}
.standfirst{font-size:1.25rem;color:#555}
.byline{font:0.9rem/1.4 system-ui,sans-serif;color:#555}
img{max-width:100%;height:auto}
a{color:#8a2b06}
</style>
</head>
<body>
<main>
<article>
<h1>${escapeHtml(article.title)}</h1>
<p class="standfirst">${escapeHtml(article.excerpt)}</p>
<p class="byline">${escapeHtml(article.author ?? "")} · ${escapeHtml(article.source.name)} · <a href="${escapeHtml(article.url)}">Read the original</a></p>
${article.contentHtml}
</article>
</main>
</body>
</html>
`;
}

function serveStatic(html: string): Promise<{ url: string; server: Server }> {
  const body = Buffer.from(html);
  const server = createServer((request, response) => {
    if (request.url === "/" || request.url?.startsWith("/article")) {
      response.writeHead(200, {
        "content-type": "text/html; charset=utf-8",
        "content-length": String(body.byteLength),
        "cache-control": "no-cache",
      });
      response.end(body);
    } else if (request.url === "/robots.txt") {
      response.writeHead(200, { "content-type": "text/plain" });
      response.end("User-agent: *\nAllow: /\n");
    } else {
      response.writeHead(404, { "content-type": "text/plain" });
      response.end("not found");
    }
  });
  return new Promise((resolvePromise) => {
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      resolvePromise({ url: `http://127.0.0.1:${port}/article`, server });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Lighthouse

async function lighthouseRuns(name: string, url: string, runs: number): Promise<LighthousePage> {
  const figures: LighthouseFigures[] = [];
  const failed = new Set<string>();
  let retries = 0;
  for (let run = 1; run <= runs; run += 1) {
    // A fresh browser per run, as the Lighthouse CLI does, so no run inherits another's cache.
    const chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM,
      chromeFlags: CHROME_FLAGS,
      logLevel: "silent",
    });
    try {
      log(`lighthouse ${name} run ${run}/${runs} …`);
      const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error" });
      if (!result) throw new Error(`lighthouse gave no result for ${url}`);
      const { lhr } = result;
      if (lhr.runtimeError) {
        // Lighthouse's trace recording fails now and then (NO_NAVSTART, NO_FCP): run again.
        const message = `lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`;
        if (retries >= 3) throw new Error(message);
        retries += 1;
        log(`${message}; retrying`);
        run -= 1;
        continue;
      }
      // The full report of the last run of each page, for reading what costs the points.
      writeFileSync(join(RESULTS_DIR, `lighthouse-${name.replace(/\W+/g, "-")}.json`), JSON.stringify(lhr));
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? Number.NaN) * 100);
      const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
      figures.push({
        performance: score("performance"),
        accessibility: score("accessibility"),
        bestPractices: score("best-practices"),
        seo: score("seo"),
        fcp: value("first-contentful-paint"),
        lcp: value("largest-contentful-paint"),
        tbt: value("total-blocking-time"),
        cls: value("cumulative-layout-shift"),
        totalBytes: value("total-byte-weight"),
      });
      // Audits that cost a non-performance category its 100, for the report.
      for (const id of ["accessibility", "best-practices", "seo"]) {
        for (const ref of lhr.categories[id]?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
            failed.add(`${id}: ${ref.id}`);
        }
      }
    } finally {
      await chrome.kill();
    }
  }
  const pick = (key: keyof LighthouseFigures) => median(figures.map((figure) => figure[key]));
  return {
    name,
    url,
    runs: figures,
    failedAudits: [...failed],
    median: {
      performance: pick("performance"),
      accessibility: pick("accessibility"),
      bestPractices: pick("bestPractices"),
      seo: pick("seo"),
      fcp: pick("fcp"),
      lcp: pick("lcp"),
      tbt: pick("tbt"),
      cls: pick("cls"),
      totalBytes: pick("totalBytes"),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Playwright: click → article text painted, Back → list restored

/*
 * In-page scripts are strings: tsx compiles this file with esbuild's keepNames, whose __name helper
 * does not exist in the page, so functions handed to page.evaluate would fail there.
 */

/** Arms a timer in the page: from the next click to the frame after the article's text is in place. */
const CLICK_TIMER = `(expected) => {
  window.__benchNavigation = new Promise((resolve) => {
    let clickedAt = 0;
    const textIsThere = () => {
      const heading = document.querySelector("#article-content h1");
      const body = document.querySelector("#article-content .essay");
      return location.pathname.startsWith("/article/") &&
        heading?.textContent?.trim() === expected &&
        (body?.textContent?.trim().length ?? 0) > 0;
    };
    const check = () => {
      // Found in this frame's callback: the next frame's callback runs after it was painted.
      if (textIsThere()) requestAnimationFrame(() => resolve(performance.now() - clickedAt));
      else if (performance.now() - clickedAt > 10000) resolve(-1);
      else requestAnimationFrame(check);
    };
    addEventListener("click", () => {
      clickedAt = performance.now();
      requestAnimationFrame(check);
    }, { capture: true, once: true });
  });
}`;

/** history.back(), then the frame after the list is there at the scroll position it was left at. */
const BACK_TIMER = `(savedY) => new Promise((resolve) => {
  const started = performance.now();
  const check = () => {
    const restored = location.pathname === "/" &&
      document.querySelectorAll("article").length > 0 &&
      Math.abs(window.scrollY - savedY) <= 2;
    if (restored) requestAnimationFrame(() => resolve({ ms: performance.now() - started, y: window.scrollY }));
    else if (performance.now() - started > 5000) resolve({ ms: -1, y: window.scrollY });
    else requestAnimationFrame(check);
  };
  history.back();
  requestAnimationFrame(check);
})`;

async function armClickTimer(page: Page, title: string): Promise<void> {
  await page.evaluate(`(${CLICK_TIMER})(${JSON.stringify(title)})`);
}

async function openHome(page: Page, baseUrl: string) {
  await page.goto(`${baseUrl}/`, { waitUntil: "load" });
  await page.getByRole("article").nth(CARD_INDEX).waitFor();
  await page.waitForLoadState("networkidle");
  const link = page.getByRole("article").nth(CARD_INDEX).getByRole("heading").getByRole("link");
  const title = ((await link.textContent()) ?? "").trim();
  const href = (await link.getAttribute("href")) ?? "";
  const slug = href.split("/").pop() ?? "";
  return { link, title, slug };
}

async function clickRun(browser: Browser, baseUrl: string, prefetch: boolean) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  try {
    const { link, title, slug } = await openHome(page, baseUrl);
    let earlyRequests = 0;
    page.on("request", (request) => {
      if (new URL(request.url()).pathname === `/api/articles/${slug}`) earlyRequests += 1;
    });
    await link.scrollIntoViewIfNeeded();
    // Let scrolling settle so the scroll position Back must restore is final.
    await page.waitForTimeout(200);
    const scrollY = await page.evaluate(() => window.scrollY);
    await armClickTimer(page, title);
    if (prefetch) {
      const prefetched = page.waitForResponse(
        (response) => new URL(response.url()).pathname === `/api/articles/${slug}`,
      );
      await link.hover();
      await prefetched;
      await page.waitForTimeout(100);
      await link.click();
    } else {
      // No hover, no focus, no touch: the router's own click handling only.
      if (earlyRequests > 0) throw new Error("the article was fetched before the click");
      await link.dispatchEvent("click");
    }
    const clickMs = (await page.evaluate("window.__benchNavigation ?? -1")) as number;
    await page.waitForLoadState("networkidle");
    const backRequests: string[] = [];
    const onRequest = (request: { url: () => string }) => backRequests.push(new URL(request.url()).pathname);
    page.on("request", onRequest);
    const back = (await page.evaluate(`(${BACK_TIMER})(${scrollY})`)) as { ms: number; y: number };
    page.off("request", onRequest);
    // The same again with the article route's code already loaded: the cost of data alone.
    let warmClickMs = Number.NaN;
    if (prefetch && back.ms >= 0) {
      const next = page
        .getByRole("article")
        .nth(CARD_INDEX + 1)
        .getByRole("heading")
        .getByRole("link");
      const nextSlug = ((await next.getAttribute("href")) ?? "").split("/").pop() ?? "";
      await armClickTimer(page, ((await next.textContent()) ?? "").trim());
      const prefetched = page.waitForResponse(
        (response) => new URL(response.url()).pathname === `/api/articles/${nextSlug}`,
      );
      await next.hover();
      await prefetched;
      await page.waitForTimeout(100);
      await next.click();
      warmClickMs = (await page.evaluate("window.__benchNavigation ?? -1")) as number;
    }
    return { clickMs, warmClickMs, backMs: back.ms, backRequests, scrollY, restoredY: back.y };
  } finally {
    await context.close();
  }
}

function interaction(values: number[], note: string): Interaction {
  const good = values.filter((value) => value >= 0);
  return {
    medianMs: good.length === values.length ? median(good) : Number.NaN,
    runs: values,
    note:
      good.length === values.length ? note : `${note}; ${values.length - good.length} run(s) never got there`,
  };
}

export async function runBrowser(options: {
  runs: number;
}): Promise<{ result: BrowserResult; tables: Table[] }> {
  const { clientDist, serverDist } = await benchBuild();
  const scratch = scratchDirectory("browser-");
  let real: RunningServer | null = null;
  let staticServer: Server | null = null;
  let browser: Browser | null = null;
  try {
    real = await startRealServer({
      databaseFile: join(scratch.path, "browser.db"),
      clientDist,
      serverDist,
      scratch: scratch.path,
      demoContent: true,
    });
    const baseUrl = real.baseUrl;
    const list = await getJson<ArticlePage>(baseUrl, "/api/articles?limit=20");
    const first = list.items[0];
    if (!first) throw new Error("no articles");
    const article = await getJson<Article>(baseUrl, `/api/articles/${first.slug}`);
    const staticPage = await serveStatic(staticArticleHtml(article));
    staticServer = staticPage.server;

    const pages: LighthousePage[] = [];
    if (options.runs > 0) {
      pages.push(await lighthouseRuns("home", `${baseUrl}/`, options.runs));
      pages.push(await lighthouseRuns("article", `${baseUrl}/article/${first.slug}`, options.runs));
      pages.push(await lighthouseRuns("article, static HTML (no JS)", staticPage.url, options.runs));
    }

    log(`playwright: ${INTERACTION_RUNS} runs each of click with prefetch, click without, Back …`);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
    });
    const withPrefetch = [];
    const withoutPrefetch = [];
    for (let run = 0; run < INTERACTION_RUNS; run += 1) {
      withPrefetch.push(await clickRun(browser, baseUrl, true));
      withoutPrefetch.push(await clickRun(browser, baseUrl, false));
    }
    const backs = [...withPrefetch, ...withoutPrefetch];
    const result: BrowserResult = {
      lighthouse: pages,
      clickWithPrefetch: interaction(
        withPrefetch.map((run) => run.clickMs),
        "hover, wait for /api/articles/:slug and 100 ms (the page renders ahead, hidden, meanwhile), then click; fresh context (article chunk not cached)",
      ),
      clickWithPrefetchWarm: interaction(
        withPrefetch.map((run) => run.warmClickMs),
        "the same after one article was opened and closed (article route code loaded)",
      ),
      clickWithoutPrefetch: interaction(
        withoutPrefetch.map((run) => run.clickMs),
        "synthetic click with no hover/focus before it; fresh context",
      ),
      backToList: {
        ...interaction(
          backs.map((run) => run.backMs),
          `history.back() to the list with scrollY within 2 px of where the card was clicked (${backs[0]?.scrollY ?? 0} px)`,
        ),
        restoredAll: backs.every((run) => run.backMs >= 0),
      },
    };
    const fmt = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : "–");
    return {
      result,
      tables: [
        {
          title: `4a. Lighthouse 12.2.3, mobile (simulated slow 4G, 4x CPU), median of ${options.runs}`,
          columns: ["page", "perf", "a11y", "best pr.", "SEO", "FCP ms", "LCP ms", "TBT ms", "CLS", "KB"],
          rows: pages.map((page) => [
            page.name,
            page.median.performance,
            page.median.accessibility,
            page.median.bestPractices,
            page.median.seo,
            fmt(page.median.fcp),
            fmt(page.median.lcp),
            fmt(page.median.tbt),
            fmt(page.median.cls, 3),
            fmt(page.median.totalBytes / 1024, 1),
          ]),
          notes: [
            `article: /article/${first.slug}; static page: the same article's API JSON as plain HTML with an inline stylesheet`,
            ...pages
              .filter((page) => page.failedAudits.length > 0)
              .map((page) => `${page.name} loses points on: ${page.failedAudits.join(", ")}`),
          ],
        },
        {
          title: `4b. Playwright (Chromium, 1280×800, localhost, median of ${INTERACTION_RUNS})`,
          columns: ["interaction", "median ms", "runs ms"],
          rows: [
            [
              "card click → article text, prefetched",
              fmt(result.clickWithPrefetch.medianMs, 1),
              withPrefetch.map((run) => fmt(run.clickMs)).join(" "),
            ],
            [
              "… prefetched, article code already loaded",
              fmt(result.clickWithPrefetchWarm.medianMs, 1),
              withPrefetch.map((run) => fmt(run.warmClickMs)).join(" "),
            ],
            [
              "card click → article text, no prefetch",
              fmt(result.clickWithoutPrefetch.medianMs, 1),
              withoutPrefetch.map((run) => fmt(run.clickMs)).join(" "),
            ],
            [
              "Back → list restored at same scroll",
              fmt(result.backToList.medianMs, 1),
              backs.map((run) => fmt(run.backMs)).join(" "),
            ],
          ],
          notes: [
            result.clickWithPrefetch.note,
            result.clickWithoutPrefetch.note,
            result.backToList.note,
            `requests during Back: ${[...new Set(backs.flatMap((run) => run.backRequests))].join(", ") || "none"}`,
            "times from the click (or history.back()) to the requestAnimationFrame after the text/list is in the DOM, i.e. painted; -1 = not within the timeout",
          ],
        },
      ],
    };
  } finally {
    await browser?.close();
    staticServer?.close();
    await real?.stop();
    scratch.remove();
  }
}

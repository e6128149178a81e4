import { expect, type Page, type Request, test } from "@playwright/test";
import { waitForApp } from "./support/app";

const FLAGSHIP = "/article/who-owns-the-middle-how-ai-and-crypto-stack-their-technology";

/** Console errors and page-data API calls made after the server's HTML arrived. */
function watch(page: Page) {
  const errors: string[] = [];
  const apiCalls: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("request", (request: Request) => {
    const url = new URL(request.url());
    // Hover and viewport prefetches of other articles are intended; page data is not.
    if (url.pathname.startsWith("/api/") && !/^\/api\/articles\/[^/]+$/.test(url.pathname))
      apiCalls.push(url.pathname + url.search);
  });
  return { errors, apiCalls };
}

test("a page from the server hydrates with no console error and no second fetch of its data", async ({
  page,
}) => {
  for (const path of ["/", FLAGSHIP, "/topic/ai", "/source/civic-circuit", "/search?q=layer"]) {
    const seen = watch(page);
    await page.goto(path, { waitUntil: "networkidle" });
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(seen.errors, path).toEqual([]);
    expect(seen.apiCalls, path).toEqual([]);
    page.removeAllListeners("console");
    page.removeAllListeners("pageerror");
    page.removeAllListeners("request");
  }
});

test("after hydration, links navigate inside the app without loading a new document", async ({ page }) => {
  await page.goto("/", { waitUntil: "networkidle" });
  await waitForApp(page);
  const documents: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "document") documents.push(request.url());
  });
  const card = page.getByRole("article").nth(1);
  const title = ((await card.getByRole("heading").textContent()) ?? "").trim();
  await card.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page).toHaveTitle(`${title} · Broadsheet`);
  expect(documents).toEqual([]);
});

test("the app's code is fetched only after the server's page is painted, then hydrates it", async ({
  page,
}) => {
  const seen = watch(page);
  // Remember the server's nodes: hydration adopts them, a client render would replace them.
  await page.addInitScript(() => {
    document.addEventListener("DOMContentLoaded", () => {
      const marked = window as unknown as { serverHeading?: Element | null; serverBody?: Element | null };
      marked.serverHeading = document.querySelector("h1");
      marked.serverBody = document.querySelector("#article-text .essay");
    });
  });
  await page.goto(FLAGSHIP, { waitUntil: "networkidle" });
  // The app starts once the whole stylesheet is in, so by then every resource has its timing.
  await waitForApp(page);
  const timings = await page.evaluate(() => {
    const paint = performance.getEntriesByName("first-contentful-paint")[0];
    const resources = performance.getEntriesByType("resource");
    const startOf = (extension: string) =>
      Math.min(
        ...resources
          .filter((entry) => new URL(entry.name).pathname.endsWith(extension))
          .map((s) => s.startTime),
      );
    return { paint: paint?.startTime ?? null, firstScript: startOf(".js"), stylesheet: startOf(".css") };
  });
  expect(timings.paint).not.toBeNull();
  expect(timings.firstScript).toBeGreaterThanOrEqual(timings.paint ?? Number.POSITIVE_INFINITY);
  // The page inlines the rules its markup uses; the whole stylesheet follows the first paint.
  expect(timings.stylesheet).toBeGreaterThanOrEqual(timings.paint ?? Number.POSITIVE_INFINITY);
  expect(timings.stylesheet).toBeLessThan(Number.POSITIVE_INFINITY);
  // Hydrated: the wordmark goes home inside the app, with no new document, and nothing complained.
  expect(
    await page.evaluate(() => {
      const marked = window as unknown as { serverHeading?: Element | null; serverBody?: Element | null };
      return (
        !!marked.serverHeading &&
        marked.serverHeading === document.querySelector("h1") &&
        marked.serverBody === document.querySelector("#article-text .essay")
      );
    }),
  ).toBe(true);
  const documents: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "document") documents.push(request.url());
  });
  await page.getByRole("link", { name: "Broadsheet", exact: true }).first().click();
  await expect(page.getByRole("article").first()).toBeVisible();
  expect(documents).toEqual([]);
  expect(seen.errors).toEqual([]);
});

test("the bootstrap fetches the app's code and the page's own route, one link a task", async ({ page }) => {
  // A mutation observer's callback gets the changes of one task at a time.
  await page.addInitScript(() => {
    const batches: { rel: string; href: string; byApp: boolean }[][] = [];
    (window as unknown as { linkBatches: typeof batches }).linkBatches = batches;
    new MutationObserver((records) => {
      const links = records
        .flatMap((record) => [...record.addedNodes])
        .filter((node): node is HTMLLinkElement => node instanceof HTMLLinkElement)
        .filter((link) => link.rel === "modulepreload" || link.rel === "stylesheet");
      // Vite's preloader, run by the app for code it finds missing, marks its links crossorigin.
      const seen = links.map((link) => ({
        rel: link.rel,
        href: link.href,
        byApp: link.hasAttribute("crossorigin"),
      }));
      if (seen.length > 0) batches.push(seen);
    }).observe(document, { childList: true, subtree: true });
  });
  for (const [path, routeChunk] of [
    ["/", /\/assets\/home-[\w-]+\.js$/],
    [FLAGSHIP, /\/assets\/article-[\w-]+\.js$/],
  ] as const) {
    await page.goto(path);
    await waitForApp(page);
    const batches = await page.evaluate(
      () =>
        (window as unknown as { linkBatches: { rel: string; href: string; byApp: boolean }[][] }).linkBatches,
    );
    const links = batches.flat();
    expect(
      links.filter((link) => link.rel === "stylesheet"),
      path,
    ).toHaveLength(1);
    expect(
      links.some((link) => routeChunk.test(link.href)),
      path,
    ).toBe(true);
    expect(
      links.filter((link) => link.byApp),
      path,
    ).toEqual([]);
    expect(
      batches.filter((batch) => batch.length > 1),
      path,
    ).toEqual([]);
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the article is there to read, with its byline and sections", async ({ page }) => {
    const response = await page.goto(FLAGSHIP);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Who Owns the Middle/);
    await expect(page.getByText("First published on Stack & Signal")).toBeVisible();
    await expect(page.locator("#section-3")).toBeVisible();
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text.split(/\s+/).length).toBeGreaterThan(600);
  });

  test("the share bar sits where it will end up while its list is still arriving", async ({ page }) => {
    // The browser may paint a page half parsed: a share list with only its first item must not sit
    // elsewhere than the whole list does, or the bar jumps as the rest arrives (a layout shift).
    const shareList = page.getByRole("list", { name: "Share this article" }).first();
    await page.goto(FLAGSHIP);
    const whole = await shareList.boundingBox();
    await page.route(FLAGSHIP, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(
        /(<ul aria-label="Share this article"[^>]*>(?:(?!<\/li>)[\s\S])*<\/li>)[\s\S]*?<\/ul>/,
        "$1</ul>",
      );
      await route.fulfill({ response, body: html });
    });
    await page.goto(FLAGSHIP);
    await expect(shareList.getByRole("listitem")).toHaveCount(1);
    const partial = await shareList.boundingBox();
    expect(partial?.y).toBe(whole?.y);
    expect(partial?.x).toBe(whole?.x);
  });
});

// At each project's size, and a tablet's: a narrow bar keeps a line for it, a wide one shows it last.
test("the system Share button arrives after hydration without moving the share bar", async ({
  browser,
  viewport,
  isMobile,
}) => {
  // The list, the first and last things in it, and the text below: none of them may move.
  const boxes = (page: Page) => {
    const list = page.getByRole("list", { name: "Share this article" }).first();
    return Promise.all(
      [
        list,
        list.getByRole("link").first(),
        list.getByRole("button", { name: "Copy link" }),
        page.locator("#article-content .essay p").first(),
      ].map((item) => item.boundingBox()),
    );
  };
  const sizes = isMobile || !viewport ? [viewport] : [viewport, { width: 1024, height: 768 }];
  for (const size of sizes) {
    // The server's page as painted, before any script.
    const before = await browser.newPage({ viewport: size, javaScriptEnabled: false });
    await before.goto(FLAGSHIP);
    const painted = await boxes(before);
    await before.close();
    // The app started in a browser with a share sheet (stubbed: this Chromium has none).
    const page = await browser.newPage({ viewport: size });
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "share", { value: async () => undefined, configurable: true });
    });
    await page.goto(FLAGSHIP);
    await waitForApp(page);
    await expect(page.getByRole("button", { name: "Share…" }).first()).toBeVisible();
    expect(await boxes(page), `at ${size?.width}px`).toEqual(painted);
    await page.close();
  }
});

test("a numbered section opens scrolled into view, on first load and from the contents", async ({ page }) => {
  await page.goto(`${FLAGSHIP}#section-4`);
  await expect(page.locator("#section-4")).toBeInViewport();
  await page.goto(FLAGSHIP, { waitUntil: "networkidle" });
  await page.locator('nav[aria-labelledby="toc-heading"] a[href="#section-2"]').click();
  await expect(page).toHaveURL(/#section-2$/);
  await expect(page.locator("#section-2")).toBeInViewport();
});

test("a selected passage can be shared as a link that opens at that passage", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(FLAGSHIP, { waitUntil: "networkidle" });
  await waitForApp(page);
  const paragraph = page.locator("#section-5");
  await paragraph.scrollIntoViewIfNeeded();
  await paragraph.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
  });
  await page.getByRole("button", { name: "Copy link to this passage" }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain(`${FLAGSHIP}#:~:text=`);

  // Opened from elsewhere (a page load): the passage is in the server's HTML, so the browser scrolls to it.
  await page.goto("/", { waitUntil: "networkidle" });
  await page.goto(link, { waitUntil: "networkidle" });
  await expect(page.locator("#section-5")).toBeInViewport();
});

test("the theme switch persists, and the server paints the chosen theme on the next visit", async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/", { waitUntil: "networkidle" });
  await waitForApp(page);
  const dark = page.getByRole("switch", { name: "Dark theme" });
  await dark.click();
  await expect(dark).toBeChecked();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");

  // The theme is in the server's HTML itself, before any script runs.
  const response = await page.request.get(
    "/article/who-owns-the-middle-how-ai-and-crypto-stack-their-technology",
  );
  expect(await response.text()).toContain('<html data-theme="dark" lang="en">');
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.getByRole("switch", { name: "Dark theme" })).toBeChecked();
});

import { gzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";

/**
 * Budget for the JavaScript the front page downloads before it is usable, gzip-compressed.
 * React 19 with react-dom is about 60 KB, react-router's data router about 45 KB, TanStack Query
 * about 13 KB, and the app's own shell and feed about 10 KB: some 130 KB measured when this was set.
 * 150 KB leaves room for ordinary growth; crossing it means a library or another page's code leaked
 * into the home route and deserves a look, not a bigger number.
 */
const HOME_INITIAL_JS_BUDGET_BYTES = 150 * 1024;

test("the home route's initial JavaScript stays within budget", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "the bundle is the same at every screen size");
  const scripts = new Map<string, number>();
  page.on("response", async (response) => {
    const url = response.url();
    if (!url.endsWith(".js") || response.status() !== 200) return;
    const body = await response.body().catch(() => null);
    if (body) scripts.set(new URL(url).pathname, gzipSync(body, { level: 9 }).length);
  });

  await page.goto("/");
  await expect(page.getByRole("article").first()).toBeVisible();
  await page.waitForLoadState("networkidle");

  const names = [...scripts.keys()];
  // Route splitting: the article page's module is not part of the front page.
  expect(names.filter((name) => /\/assets\/article-[A-Za-z0-9_-]{8}\.js$/.test(name))).toEqual([]);
  const total = [...scripts.values()].reduce((sum, size) => sum + size, 0);
  testInfo.annotations.push({
    type: "home initial JS (gzip)",
    description: `${(total / 1024).toFixed(1)} KB`,
  });
  expect(total, `home JS: ${names.join(", ")}`).toBeLessThan(HOME_INITIAL_JS_BUDGET_BYTES);
});

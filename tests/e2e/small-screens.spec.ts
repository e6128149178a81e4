import { expect, test } from "@playwright/test";

// These set their own viewports, so one project runs them.
test.beforeEach(({ page: _page }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "sizes are set per test");
});

const ROUTES = [
  "/",
  "/article/who-owns-the-middle-how-ai-and-crypto-stack-their-technology",
  "/topic/crypto-markets",
  "/source/the-ledger-review",
  "/search?q=stablecoin",
  "/no/such/page",
];

test.describe("the smallest phones", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const path of ROUTES) {
    test(`${path} fits 320 px without sideways scrolling`, async ({ page }) => {
      await page.goto(path, { waitUntil: "networkidle" });
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test.describe("200% zoom", () => {
  // A 1280 px window at 200% zoom lays out like a 640 px one with doubled text.
  test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });

  test("the article reads without sideways scrolling", async ({ page }) => {
    await page.goto(ROUTES[1] ?? "/", { waitUntil: "networkidle" });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations, useColorScheme } from "./support/axe";

/** Every route, each waited on until its content (not its skeleton) is on screen. */
const ROUTES: Array<{ name: string; path: (page: Page) => Promise<string>; heading: RegExp }> = [
  { name: "home", path: async () => "/", heading: /Latest stories/ },
  {
    name: "article",
    path: async (page) => {
      const response = await page.request.get("/api/search?q=layers&limit=1");
      const body: { items: Array<{ slug: string }> } = await response.json();
      return `/article/${body.items[0]?.slug ?? "missing"}`;
    },
    heading: /./,
  },
  { name: "topic", path: async () => "/topic/ai", heading: /^AI$/ },
  { name: "source", path: async () => "/source/the-ledger-review", heading: /The Ledger Review/ },
  { name: "search", path: async () => "/search?q=stablecoin", heading: /^Search$/ },
  { name: "not found", path: async () => "/article/no-such-story", heading: /We couldn't find that page/ },
];

for (const scheme of ["light", "dark"] as const) {
  for (const route of ROUTES) {
    test(`${route.name} has no axe violations in the ${scheme} theme`, async ({ page }) => {
      await useColorScheme(page, scheme);
      await page.goto(await route.path(page));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(route.heading);
      await expect(page.getByText(/^Loading|^Searching…$/)).toHaveCount(0);
      await page.waitForLoadState("networkidle");
      const dark = await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches);
      expect(dark).toBe(scheme === "dark");
      await expectNoAxeViolations(page);
    });
  }
}

test("an article opened from the front page, with the list kept behind it, has no axe violations", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Latest stories/);
  await page.waitForLoadState("networkidle");
  const link = page.getByRole("article").nth(1).getByRole("heading").getByRole("link");
  const title = ((await link.textContent()) ?? "").trim();
  const list = await page.locator("main ul").first().elementHandle();
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await page.waitForLoadState("networkidle");
  await expectNoAxeViolations(page);

  // The list is still in the document, but neither a screen reader nor the keyboard reaches it.
  expect(await list?.evaluate((element) => element.isConnected)).toBe(true);
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send("Accessibility.getFullAXTree");
  const exposed = nodes.filter((node) => !node.ignored).map((node) => String(node.name?.value ?? ""));
  expect(exposed).toContain(title);
  expect(exposed).not.toContain("Latest stories");
  // Focus starts on the article's heading; the kept list is right beside it in the document.
  for (const key of ["Shift+Tab", "Shift+Tab", "Tab", "Tab", "Tab", "Tab"]) {
    await page.keyboard.press(key);
    expect(await list?.evaluate((element) => element.contains(document.activeElement))).toBe(false);
  }
});

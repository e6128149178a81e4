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

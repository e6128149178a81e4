import { expect, type Page, test } from "@playwright/test";
import { waitForApp } from "./support/app";

async function tabUntil(page: Page, matches: () => Promise<boolean>, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press("Tab");
    if (await matches()) return;
  }
  throw new Error(`Nothing matching was reached in ${limit} presses of Tab`);
}

test("keyboard only: skip link, a story, then a share link", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Latest stories" })).toBeVisible();
  await expect(page.getByRole("article").first()).toBeVisible();
  await waitForApp(page);

  // The first Tab reaches the skip link, which jumps past the masthead.
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");

  const lead = page.getByRole("article").first().getByRole("heading").getByRole("link");
  const title = ((await lead.textContent()) ?? "").trim();
  await tabUntil(page, () => lead.evaluate((element) => element === document.activeElement));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();

  const xLink = page.getByRole("list", { name: "Share this article", exact: true }).getByRole("link", {
    name: "Share on X (opens in a new tab)",
  });
  await tabUntil(page, () => xLink.evaluate((element) => element === document.activeElement), 30);
  await expect(xLink).toBeFocused();
  const href = (await xLink.getAttribute("href")) ?? "";
  expect(new URL(href).searchParams.get("url")).toBe(page.url());

  // The focus ring is visible on the focused share link.
  const outline = await xLink.evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(outline).not.toBe("none");
});

import { expect, type Page, test } from "@playwright/test";
import { waitForApp } from "./support/app";

/** Waits until the front page shows stories rather than its skeleton. */
async function openHome(page: Page) {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Latest stories" })).toBeVisible();
  await expect(
    page
      .getByRole("list")
      .filter({ has: page.getByRole("article") })
      .first(),
  ).toBeVisible();
  await waitForApp(page);
}

test("home → article by clicking a card, with focus on the new page's heading", async ({ page }) => {
  await openHome(page);
  const card = page.getByRole("article").nth(1);
  const title = ((await card.getByRole("heading").textContent()) ?? "").trim();
  await card.getByRole("link", { name: title }).click();

  await expect(page).toHaveURL(/\/article\/[a-z0-9-]+$/);
  const h1 = page.getByRole("heading", { level: 1 });
  await expect(h1).toHaveText(title);
  await expect(h1).toBeFocused();
  await expect(page).toHaveTitle(`${title} · Broadsheet`);
  await expect(page.getByText(/^First published on /)).toBeVisible();
  await expect(page.getByRole("link", { name: /^Read the original on / })).toHaveAttribute(
    "rel",
    "noopener noreferrer",
  );
});

/** Element ids that occur more than once in the document, hidden pages included. */
function duplicateIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ids = [...document.querySelectorAll("[id]")].map((element) => element.id);
    return ids.filter((id, index) => ids.indexOf(id) !== index);
  });
}

test("the article a pointer rests on is rendered ahead, hidden, and the click shows that very page", async ({
  page,
}) => {
  await openHome(page);
  const homeTitle = await page.title();
  const card = page.getByRole("article").nth(2);
  const title = ((await card.getByRole("heading").textContent()) ?? "").trim();
  await card.getByRole("link", { name: title }).hover();

  const ahead = page.locator("#article-content");
  await expect(ahead.getByRole("heading", { level: 1, includeHidden: true })).toHaveText(title);
  // Out of sight and out of the accessibility tree; the tab keeps the front page's title.
  await expect(ahead).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Latest stories");
  await expect(page).toHaveTitle(homeTitle);
  expect(await duplicateIds(page)).toEqual([]);
  await ahead.evaluate((element) => {
    (element as HTMLElement & { renderedAhead?: boolean }).renderedAhead = true;
  });

  await card.getByRole("link", { name: title }).click();
  const h1 = page.getByRole("heading", { level: 1 });
  await expect(h1).toHaveText(title);
  await expect(h1).toBeFocused();
  await expect(page).toHaveTitle(`${title} · Broadsheet`);
  await expect(page.getByText(/^First published on /)).toBeVisible();
  expect(
    await page
      .locator("#article-content")
      .evaluate((element) => (element as HTMLElement & { renderedAhead?: boolean }).renderedAhead),
  ).toBe(true);

  // Back on the list, another article reached for takes the kept one's place: one article at most.
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Latest stories");
  const next = page.getByRole("article").nth(3);
  const nextTitle = ((await next.getByRole("heading").textContent()) ?? "").trim();
  await next.getByRole("link", { name: nextTitle }).hover();
  await expect(ahead.getByRole("heading", { level: 1, includeHidden: true })).toHaveText(nextTitle);
  await expect(page.locator("#article-content")).toHaveCount(1);
  expect(await duplicateIds(page)).toEqual([]);
});

test("share links carry the encoded article URL and title", async ({ page }) => {
  await openHome(page);
  await page.getByRole("article").first().getByRole("heading").getByRole("link").click();
  await expect(page).toHaveURL(/\/article\//);
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  const title = ((await page.getByRole("heading", { level: 1 }).textContent()) ?? "").trim();
  const url = page.url();

  const bar = page.getByRole("list", { name: "Share this article", exact: true });
  const href = async (name: string) => (await bar.getByRole("link", { name }).getAttribute("href")) ?? "";
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  expect(await href("Share on X (opens in a new tab)")).toBe(`https://x.com/intent/post?text=${t}&url=${u}`);
  expect(await href("Share on Facebook (opens in a new tab)")).toBe(
    `https://www.facebook.com/sharer/sharer.php?u=${u}`,
  );
  expect(await href("Share on LinkedIn (opens in a new tab)")).toBe(
    `https://www.linkedin.com/sharing/share-offsite/?url=${u}`,
  );
  expect(await href("Share on Reddit (opens in a new tab)")).toBe(
    `https://www.reddit.com/submit?url=${u}&title=${t}`,
  );
  expect(await href("Share on Telegram (opens in a new tab)")).toBe(
    `https://t.me/share/url?url=${u}&text=${t}`,
  );
  expect(new URL(await href("Share on WhatsApp (opens in a new tab)")).searchParams.get("text")).toBe(
    `${title} ${url}`,
  );
  expect(await href("Share by email")).toBe(
    `mailto:?subject=${t}&body=${encodeURIComponent(`${title}\n\n${url}`)}`,
  );
  // The same bar closes the article.
  await expect(page.getByRole("list", { name: "Share this article, from the end" })).toBeVisible();
});

test("copy link is confirmed in a polite live region", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openHome(page);
  await page.getByRole("article").first().getByRole("heading").getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();

  const bar = page.getByRole("list", { name: "Share this article", exact: true });
  await bar.getByRole("button", { name: "Copy link" }).click();
  const status = bar.getByRole("status");
  await expect(status).toHaveText("Link copied to clipboard.");
  await expect(status).toHaveAttribute("aria-live", "polite");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

test("a related article opens the next article", async ({ page }) => {
  await openHome(page);
  await page.getByRole("article").first().getByRole("heading").getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  const first = ((await page.getByRole("heading", { level: 1 }).textContent()) ?? "").trim();

  const related = page.getByRole("region", { name: "You may also like" });
  const next = related.getByRole("heading", { level: 3 }).first();
  await expect(next).toBeVisible();
  const nextTitle = ((await next.textContent()) ?? "").trim();
  expect(nextTitle).not.toBe(first);
  await next.getByRole("link").click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(nextTitle);
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  await expect(page).not.toHaveURL(/\/$/);
});

test("Back restores the list, its loaded pages and the scroll position", async ({ page }) => {
  await openHome(page);
  // By keyboard: as the button scrolls into view, infinite scroll may add cards above it and move
  // it, so a pointer click can land on a card; the focused button still takes the key press.
  await page.getByRole("button", { name: "Load more stories" }).focus();
  await page.keyboard.press("Enter");
  const cards = page.getByRole("article");
  await expect(cards)
    .toHaveCount(25, { timeout: 10_000 })
    .catch(async () => {
      // Infinite scroll may have loaded a further page on its own: at least the second page is there.
      expect(await cards.count()).toBeGreaterThanOrEqual(25);
    });

  const target = cards.nth(16);
  await target.scrollIntoViewIfNeeded();
  // Whatever infinite scroll started on the list has arrived before its length is taken.
  await page.waitForLoadState("networkidle");
  const title = ((await target.getByRole("heading").textContent()) ?? "").trim();
  const scrollBefore = await page.evaluate(() => window.scrollY);
  expect(scrollBefore).toBeGreaterThan(500);
  const countBefore = await cards.count();
  // Back shows this same list again (kept mounted, hidden, while the article is open).
  await page.evaluate(() => {
    (window as unknown as { list?: Element | null }).list = document.querySelector("main ul");
  });

  const homeTitle = await page.title();
  const listPagesFetched: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.pathname === "/api/articles" && url.searchParams.has("cursor")) listPagesFetched.push(url.search);
  });
  await target.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  // The article opens at its top at once, not gliding up from the list's scroll position.
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  // The list is kept, laid out but out of sight, out of the accessibility tree and the tab's title.
  await expect(page).toHaveTitle(`${title} · Broadsheet`);
  await expect(page.getByRole("heading", { name: "Latest stories" })).toHaveCount(0);
  expect(
    await page.evaluate(() => {
      const { list } = window as unknown as { list?: Element | null };
      return !!list?.isConnected && !list.checkVisibility() && !!list.closest("[inert]");
    }),
  ).toBe(true);
  // Its "load more" sentinel, hidden near the top of the article, loads nothing.
  await page.waitForTimeout(1000);
  expect(listPagesFetched).toEqual([]);

  await page.goBack();
  await expect(page).toHaveTitle(homeTitle);
  await expect(page.getByRole("heading", { level: 1, name: "Latest stories" })).toBeAttached();
  await expect(page.getByRole("article")).toHaveCount(countBefore);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollBefore - 60);
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrollBefore)).toBeLessThan(60);
  await expect(page.getByRole("link", { name: title, exact: true })).toBeInViewport();
  expect(
    await page.evaluate(() => {
      const { list } = window as unknown as { list?: Element | null };
      return !!list?.isConnected && list.checkVisibility();
    }),
  ).toBe(true);
});

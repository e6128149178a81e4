import { expect, test } from "@playwright/test";
import { waitForApp } from "./support/app";

test("search shows highlighted results as you type and keeps the query in the URL", async ({ page }) => {
  await page.goto("/search");
  await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();
  await waitForApp(page);
  const box = page.getByRole("searchbox", { name: "Search articles" }).last();
  await box.pressSequentially("stablecoin", { delay: 40 });

  await expect(page).toHaveURL(/\/search\?q=stablecoin$/);
  await expect(page.getByRole("status").filter({ hasText: /match “stablecoin”/ })).toBeVisible();
  const results = page.getByRole("main").getByRole("article");
  await expect(results.first()).toBeVisible();
  await expect(results.first().locator("mark").first()).toHaveText(/stablecoin/i);

  // The URL is the state: reloading shows the same search.
  await page.reload();
  await expect(page.getByRole("searchbox", { name: "Search articles" }).last()).toHaveValue("stablecoin");
  await expect(page.getByRole("main").getByRole("article").first()).toBeVisible();
  await waitForApp(page);

  await box.fill("");
  await page.getByRole("searchbox", { name: "Search articles" }).last().fill("zzzzqqq");
  await expect(page.getByText("Nothing found for “zzzzqqq”.")).toBeVisible();
});

test("a result opened from search, then Back, returns to the same search", async ({ page }) => {
  await page.goto("/search?q=stablecoin");
  await waitForApp(page);
  const first = page.getByRole("main").getByRole("article").first().getByRole("heading").getByRole("link");
  const title = ((await first.textContent()) ?? "").trim();
  await first.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  // The search page kept behind the article does not take its address for an empty search.
  await page.waitForTimeout(500);
  await expect(page.locator("main input[type='search']")).toHaveValue("stablecoin");
  await expect(page).toHaveURL(/\/article\/[^?]+$/);
  await expect(page).toHaveTitle(`${title} · Broadsheet`);

  await page.goBack();
  await expect(page).toHaveURL(/\/search\?q=stablecoin$/);
  await expect(page).toHaveTitle("“stablecoin” · Search · Broadsheet");
  await expect(page.getByRole("searchbox", { name: "Search articles" }).last()).toHaveValue("stablecoin");
  await expect(page.getByRole("main").getByRole("link", { name: title, exact: true })).toBeVisible();
});

test("an unknown article slug shows the not-found page", async ({ page }) => {
  await page.goto("/article/there-is-no-such-story");
  await expect(page.getByRole("heading", { level: 1, name: "We couldn't find that page" })).toBeVisible();
  await expect(page).toHaveTitle("Page not found · Broadsheet");
  await page.getByRole("link", { name: "Go to the front page" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Latest stories" })).toBeVisible();
});

test("an unknown path is a 404 with the same page", async ({ page }) => {
  const response = await page.goto("/no/such/place");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "We couldn't find that page" })).toBeVisible();
});

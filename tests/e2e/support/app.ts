import { expect, type Page } from "@playwright/test";

/**
 * Waits until the server's page has become the app (RootLayout marks <html>). The app's code is
 * fetched after the first paint, so a test that clicks or types as soon as the text is visible
 * would otherwise act on the plain HTML page: a link would load a new document.
 */
export async function waitForApp(page: Page): Promise<void> {
  await expect(page.locator("html[data-app='ready']")).toBeAttached();
}

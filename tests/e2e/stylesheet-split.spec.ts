/**
 * A page inlines the utilities its own markup uses and links the rest after its first paint
 * (src/server/pages/page-stylesheet.ts). After the app moves to a page of another kind, every
 * element must look exactly as it would with the one stylesheet the build made: split or not, the
 * rules that could override each other must keep their order.
 */
import { expect, type Page, test } from "@playwright/test";
import { waitForApp } from "./support/app";

const FLAGSHIP = "/article/who-owns-the-middle-how-ai-and-crypto-stack-their-technology";

/**
 * Each element of the page with its computed style, as text, in document order; null for one
 * gone since. The elements are those of the first call: parts that arrive later (rendered after
 * the paint, or when scrolled into view while the sheets are swapped) are not compared.
 */
function computedStyles(page: Page): Promise<(string | null)[]> {
  return page.evaluate(() => {
    for (const animation of document.getAnimations()) animation.finish();
    const probe = window as unknown as { styledElements?: Element[] };
    probe.styledElements ??= [...document.body.querySelectorAll("*")];
    return probe.styledElements.map((element) => {
      if (!element.isConnected) return null;
      const style = getComputedStyle(element);
      const values = [...style].map((name) => `${name}: ${style.getPropertyValue(name)}`);
      return `<${element.tagName.toLowerCase()} class="${element.getAttribute("class") ?? ""}"> ${values.join("; ")}`;
    });
  });
}

/** Replaces the page's inlined and later sheets with the whole stylesheet the build made. */
async function useWholeStylesheet(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const later = document.querySelector<HTMLLinkElement>('link[rel="stylesheet"][href*="/styles/"]');
    if (!later) throw new Error("the later stylesheet is not linked");
    const file = new URL(later.href).pathname.split("/").at(-1);
    for (const sheet of document.querySelectorAll('style, link[rel="stylesheet"]')) sheet.remove();
    const whole = document.createElement("link");
    whole.rel = "stylesheet";
    whole.href = `/assets/${file}`;
    await new Promise((resolve, reject) => {
      whole.onload = resolve;
      whole.onerror = reject;
      document.head.append(whole);
    });
  });
}

function differences(split: readonly (string | null)[], whole: readonly (string | null)[]): string[] {
  return split.flatMap((element, index) => {
    const other = whole[index];
    if (element === null || other === null || other === undefined || element === other) return [];
    const wholeValues = new Set(other.split("; "));
    const differing = element.split("; ").filter((value) => !wholeValues.has(value));
    return [`${element.slice(0, element.indexOf(">") + 1)} ${differing.join("; ")}`];
  });
}

for (const { from, link, to } of [
  { from: "/", link: "main article h2 a", to: /^\/article\// },
  { from: FLAGSHIP, link: 'a[href="/"]', to: /^\/$/ },
  { from: "/", link: 'main a[href^="/topic/"]', to: /^\/topic\// },
  { from: FLAGSHIP, link: 'a[href^="/source/"]', to: /^\/source\// },
]) {
  test(`after going from ${from} to ${to.source} in the app, every element looks as with the whole stylesheet`, async ({
    page,
  }) => {
    await page.goto(from);
    await waitForApp(page);
    await page.locator(link).first().click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(to);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.waitForLoadState("networkidle");
    // The pointer rests where it clicked; a page restyled under it could leave a link hovered.
    await page.mouse.move(1, 1);
    const split = await computedStyles(page);
    await useWholeStylesheet(page);
    await page.mouse.move(2, 2);
    expect(differences(split, await computedStyles(page))).toEqual([]);
  });
}

import { describe, expect, it } from "vitest";
import { ROUTE_MODULES_ELEMENT_ID } from "../../shared/page-render";
import { deferEntryScript } from "./start-after-first-paint";

const OPTIONS = { routeModulesElementId: ROUTE_MODULES_ELEMENT_ID };

const BUILT = `<!doctype html>
<html lang="en">
  <head>
    <!--ssr-head-->
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/vendor-def.js">
    <link rel="stylesheet" crossorigin href="/assets/index-ghi.css">
  </head>
  <body>
    <div id="root"><!--ssr-body--></div>
  </body>
</html>`;

describe("deferEntryScript", () => {
  it("leaves no script or preload for the parser to fetch, and imports the entry from an inline bootstrap", () => {
    const html = deferEntryScript(BUILT, OPTIONS);
    const document = new DOMParser().parseFromString(html, "text/html");
    expect(document.querySelectorAll("script[src], link[rel='modulepreload']")).toHaveLength(0);
    expect(document.querySelector('link[rel="stylesheet"]')).not.toBeNull();
    expect(html).toContain("<!--ssr-head-->");
    expect(html).toContain('<div id="root"><!--ssr-body--></div>');

    const scripts = document.querySelectorAll("script");
    expect(scripts).toHaveLength(1);
    const bootstrap = scripts[0]?.textContent ?? "";
    // Every module fetched at once, the entry's imports first and the entry last.
    expect(bootstrap).toContain('var modules=["/assets/vendor-def.js","/assets/index-abc.js"]');
    // The sheet the server names for later, linked before the app is imported (a page inlines only what it uses).
    expect(bootstrap).toContain('querySelectorAll("style[data-later]")');
    // The page's route modules, which the server lists in a JSON block, fetched with them.
    expect(bootstrap).toContain(`getElementById("${ROUTE_MODULES_ELEMENT_ID}")`);
    expect(bootstrap).toContain("import(href)");
    expect(bootstrap).toContain("first-contentful-paint");
    // At the end of <body>, after the root the server fills.
    expect(scripts[0]?.parentElement?.tagName).toBe("BODY");
    expect(scripts[0]?.previousElementSibling?.id).toBe("root");
  });

  it("refuses a page it does not understand rather than ship one that never starts", () => {
    expect(() => deferEntryScript("<html><body></body></html>", OPTIONS)).toThrow(/one module entry/);
    const twoEntries = BUILT.replace(
      "<!--ssr-head-->",
      '<script type="module" crossorigin src="/assets/other.js"></script>',
    );
    expect(() => deferEntryScript(twoEntries, OPTIONS)).toThrow(/found 2/);
  });
});

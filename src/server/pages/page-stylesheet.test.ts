import { describe, expect, it } from "vitest";
import { classesInMarkup, pageStylesheet } from "./page-stylesheet";

// The shape of Tailwind's minified output: initial values, layers, utilities with variants and
// groups, unlayered tokens, then @property rules.
const CSS = [
  '@layer properties{@supports (-moz-orient:inline){*,:before{--tw-translate-x:0;--tw-shadow:0 0 #0000;--tw-content:""}}}',
  "@layer theme{:root{--spacing:.25rem}}",
  "@layer base{*{margin:0}}",
  "@layer components{.essay a{color:red}}",
  "@layer utilities{",
  ".mt-0\\.5{margin-top:calc(var(--spacing)*.5)}",
  ".w-1\\/2{width:50%}",
  ".-translate-y-1\\/2{--tw-translate-y:-50%;translate:var(--tw-translate-x) var(--tw-translate-y)}",
  ".shadow-lg{--tw-shadow:0 10px 15px;box-shadow:var(--tw-shadow)}",
  ".after\\:content-\\[\\'\\'\\]:after{--tw-content:\"}\";content:var(--tw-content)}",
  "@media (hover:hover){.hover\\:text-ink:hover{color:var(--ink)}.hover\\:bg-accent:hover{background:red}}",
  "@media (width>=40rem){.sm\\:px-6{padding-inline:1.5rem}}",
  ":where(.space-y-8>:not(:last-child)){margin-block-end:2rem}",
  "}",
  ":root{--ink:#111}",
  "@keyframes pulse{50%{opacity:.5}}",
  '@property --tw-translate-x{syntax:"*";inherits:false;initial-value:0}',
  '@property --tw-shadow{syntax:"*";inherits:false;initial-value:0 0 #0000}',
].join("");

describe("pageStylesheet", () => {
  const { forMarkup, later } = pageStylesheet(CSS);

  it("keeps only the utilities the markup uses, in order, and everything else whole", () => {
    const css = forMarkup(
      `<div class="w-1/2 hover:text-ink"><a class="-translate-y-1/2 after:content-[&#x27;&#x27;]" href="/">x</a></div>`,
    );
    expect(css).toBe(
      [
        // Initial values only of the properties the rules kept read.
        '@layer properties{@supports (-moz-orient:inline){*,:before{--tw-translate-x:0;--tw-content:""}}}',
        "@layer theme{:root{--spacing:.25rem}}",
        "@layer base{*{margin:0}}",
        "@layer components{.essay a{color:red}}",
        "@layer utilities{",
        ".w-1\\/2{width:50%}",
        ".-translate-y-1\\/2{--tw-translate-y:-50%;translate:var(--tw-translate-x) var(--tw-translate-y)}",
        ".after\\:content-\\[\\'\\'\\]:after{--tw-content:\"}\";content:var(--tw-content)}",
        "@media (hover:hover){.hover\\:text-ink:hover{color:var(--ink)}}",
        "}",
        ":root{--ink:#111}",
        "@keyframes pulse{50%{opacity:.5}}",
        // Every registration, read here or not: one arriving later would restyle the whole page.
        '@property --tw-translate-x{syntax:"*";inherits:false;initial-value:0}',
        '@property --tw-shadow{syntax:"*";inherits:false;initial-value:0 0 #0000}',
      ].join(""),
    );
  });

  it("matches classes inside :where() and at-rule groups, and drops empty groups", () => {
    const css = forMarkup('<p class="space-y-8 sm:px-6 mt-0.5">');
    expect(css).toContain(":where(.space-y-8>:not(:last-child))");
    expect(css).toContain("@media (width>=40rem){.sm\\:px-6{padding-inline:1.5rem}}");
    expect(css).toContain(".mt-0\\.5{");
    expect(css).not.toContain("hover");
  });

  it("links later every initial value and every utility, in order, and nothing that styles all elements", () => {
    expect(later).toBe(
      [
        '@layer properties{@supports (-moz-orient:inline){*,:before{--tw-translate-x:0;--tw-shadow:0 0 #0000;--tw-content:""}}}',
        CSS.slice(CSS.indexOf("@layer utilities{"), CSS.indexOf("}:root{") + 1),
      ].join(""),
    );
    expect(later).not.toMatch(/@property|@layer (theme|base|components)|:root\{/);
  });

  it("leaves a stylesheet without a utilities layer whole, with nothing for later", () => {
    const plain = pageStylesheet(".a{color:red}");
    expect(plain.forMarkup("<p>")).toBe(".a{color:red}");
    expect(plain.later).toBe("");
  });
});

describe("classesInMarkup", () => {
  it("reads every class attribute, decoding entities", () => {
    expect([
      ...classesInMarkup(`<a class=" x  y" href="/"><b class="z after:content-[&#x27;&#x27;]">`),
    ]).toEqual(["x", "y", "z", "after:content-['']"]);
  });
});

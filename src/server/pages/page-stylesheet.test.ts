import { describe, expect, it } from "vitest";
import { classesInMarkup, pageStylesheet } from "./page-stylesheet";

// The shape of Tailwind's minified output: initial values, layers, utilities with variants and
// groups, unlayered tokens, then @property rules.
const INITIAL_VALUES =
  '@layer properties{@supports (-moz-orient:inline){*,:before{--tw-translate-x:0;--tw-shadow:0 0 #0000;--tw-content:""}}}';
const UTILITIES = [
  ".mt-0\\.5{margin-top:calc(var(--spacing)*.5)}",
  ".px-4{padding-inline:1rem}",
  ".w-1\\/2{width:50%}",
  ".-translate-y-1\\/2{--tw-translate-y:-50%;translate:var(--tw-translate-x) var(--tw-translate-y)}",
  ".shadow-lg{--tw-shadow:0 10px 15px;box-shadow:var(--tw-shadow)}",
  ".after\\:content-\\[\\'\\'\\]:after{--tw-content:\"}\";content:var(--tw-content)}",
  "@media (hover:hover){.hover\\:text-ink:hover{color:var(--ink)}.hover\\:bg-accent:hover{background:red}}",
  "@media (width>=40rem){.sm\\:px-6{padding-inline:1.5rem}}",
  ":where(.space-y-8>:not(:last-child)){margin-block-end:2rem}",
];
const CSS = [
  INITIAL_VALUES,
  "@layer theme{:root{--spacing:.25rem}}",
  "@layer base{*{margin:0}}",
  "@layer components{.essay a{color:red}}",
  `@layer utilities{${UTILITIES.join("")}}`,
  ":root{--ink:#111}",
  "@keyframes pulse{50%{opacity:.5}}",
  '@property --tw-translate-x{syntax:"*";inherits:false;initial-value:0}',
  '@property --tw-shadow{syntax:"*";inherits:false;initial-value:0 0 #0000}',
].join("");

const MARKUP = `<div class="w-1/2 hover:text-ink sm:px-6"><a class="-translate-y-1/2 after:content-[&#x27;&#x27;]" href="/">x</a></div>`;

describe("pageStylesheet", () => {
  const { forMarkup, later } = pageStylesheet(CSS);

  it("inlines only the utilities the markup uses, in rank layers every rank is declared for, and everything else whole", () => {
    const { css } = forMarkup(MARKUP);
    expect(css).toBe(
      [
        // Initial values only of the properties the rules kept read.
        '@layer properties{@supports (-moz-orient:inline){*,:before{--tw-translate-x:0;--tw-content:""}}}',
        "@layer theme{:root{--spacing:.25rem}}",
        "@layer base{*{margin:0}}",
        "@layer components{.essay a{color:red}}",
        "@layer utilities{@layer r0,r1;",
        "@layer r0{",
        ".w-1\\/2{width:50%}",
        ".-translate-y-1\\/2{--tw-translate-y:-50%;translate:var(--tw-translate-x) var(--tw-translate-y)}",
        ".after\\:content-\\[\\'\\'\\]:after{--tw-content:\"}\";content:var(--tw-content)}",
        "@media (hover:hover){.hover\\:text-ink:hover{color:var(--ink)}}",
        "}",
        // After px-4, which sets the same property: a later rank, whichever sheet px-4 comes in.
        "@layer r1{@media (width>=40rem){.sm\\:px-6{padding-inline:1.5rem}}}",
        "}",
        ":root{--ink:#111}",
        "@keyframes pulse{50%{opacity:.5}}",
        // Every registration, read here or not: one arriving later would restyle the whole page.
        '@property --tw-translate-x{syntax:"*";inherits:false;initial-value:0}',
        '@property --tw-shadow{syntax:"*";inherits:false;initial-value:0 0 #0000}',
      ].join(""),
    );
  });

  it("matches classes inside :where() and at-rule groups", () => {
    const { css } = forMarkup('<p class="space-y-8 mt-0.5">');
    expect(css).toContain("@layer r1{:where(.space-y-8>:not(:last-child)){margin-block-end:2rem}}");
    expect(css).toContain(".mt-0\\.5{");
    expect(css).not.toContain("hover");
  });

  it("links later only the utilities the page did not inline, with every initial value, and no rule for every element", () => {
    const { laterKey } = forMarkup(MARKUP);
    expect(laterKey).toMatch(/^[\w-]+$/);
    const sheet = later(laterKey ?? "");
    expect(sheet).toBe(
      [
        INITIAL_VALUES,
        "@layer utilities{@layer r0{",
        ".mt-0\\.5{margin-top:calc(var(--spacing)*.5)}",
        ".px-4{padding-inline:1rem}",
        ".shadow-lg{--tw-shadow:0 10px 15px;box-shadow:var(--tw-shadow)}",
        "@media (hover:hover){.hover\\:bg-accent:hover{background:red}}",
        "}@layer r1{:where(.space-y-8>:not(:last-child)){margin-block-end:2rem}}}",
      ].join(""),
    );
    expect(sheet).not.toMatch(/@property|@layer (theme|base|components)|:root\{|w-1|sm\\:px-6/);
  });

  it("has no later sheet when the page inlined every utility", () => {
    const everything = `<p class="mt-0.5 px-4 w-1/2 -translate-y-1/2 shadow-lg after:content-[''] hover:text-ink hover:bg-accent sm:px-6 space-y-8">`;
    expect(forMarkup(everything).laterKey).toBeNull();
  });

  it("refuses a key that names no set of its utilities", () => {
    const { laterKey } = forMarkup(MARKUP);
    expect(later(`${laterKey}A`)).toBeNull();
    for (const key of ["", "!!", "../x", "AAAAAAAA", "%00"]) expect(later(key), key).toBeNull();
  });

  it("inlines whole a stylesheet without a utilities layer, or one whose utilities are !important", () => {
    const plain = pageStylesheet(".a{color:red}");
    expect(plain.forMarkup("<p>")).toEqual({ css: ".a{color:red}", laterKey: null });
    const important = CSS.replace("padding-inline:1rem", "padding-inline:1rem!important");
    expect(pageStylesheet(important).forMarkup("<p>")).toEqual({ css: important, laterKey: null });
  });
});

describe("classesInMarkup", () => {
  it("reads every class attribute, decoding entities", () => {
    expect([
      ...classesInMarkup(`<a class=" x  y" href="/"><b class="z after:content-[&#x27;&#x27;]">`),
    ]).toEqual(["x", "y", "z", "after:content-['']"]);
  });
});

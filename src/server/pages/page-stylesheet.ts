/**
 * The stylesheet a rendered page inlines, and the one it links after its first paint.
 *
 * Inlined: the built stylesheet with only the Tailwind utilities whose classes the page's markup
 * names, and only the fallback initial values (the `properties` layer) that those read. Why: the
 * article page must fit the first TCP round trip (about 14 KB compressed, headers included) for its
 * text to paint without waiting for a second one, and the utilities of every other page were a KB
 * of it. Everything else (theme, base, components, the essay, every @property) goes in whole, and
 * the rules keep their order, so the page looks exactly as with the whole sheet.
 *
 * Linked later (the bootstrap in src/client/build/start-after-first-paint.ts, before the app
 * starts): the `properties` and `utilities` layers whole, for whatever the app renders next. Only
 * they: a sheet that adds rules for every element (`*`, `:root`, element selectors) or registers
 * a custom property makes the browser restyle the whole page, 40-100 ms of main thread on this
 * machine's Chromium, in the middle of hydration; class rules restyle only the elements with those
 * classes. The utilities go in whole, in Tailwind's order, rather than only those the page lacks:
 * a later sheet wins ties, so `px-4` linked after an inlined `md:px-6` would beat it.
 *
 * Tailwind's minified output is regular: a `@layer properties{…}` of initial values, one
 * `@layer utilities{…}` of rules and @media/@supports groups of rules, then the unlayered rules and
 * the @property rules. A sheet without a utilities layer is inlined whole.
 */
import { decodeHTMLAttribute } from "entities";

type UtilityRule = { css: string; classes: string[] } | { atRule: string; rules: UtilityRule[] };

const UTILITIES_LAYER = "@layer utilities{";
const PROPERTIES_LAYER = "@layer properties{";
const DECLARATION = /(--[\w-]+):[^;}]*;?/g;
const CLASS_ATTRIBUTE = /\sclass="([^"]*)"/g;
const CLASS_SELECTOR = /\.((?:\\[0-9a-fA-F]{1,6} ?|\\.|[\w-])+)/g;

/** The top-level blocks of a stretch of CSS, `selector{…}` or `@at-rule …{…}`, in order. */
function topLevelBlocks(css: string): string[] {
  const blocks: string[] = [];
  let depth = 0;
  let start = 0;
  let quote = "";
  for (let index = 0; index < css.length; index += 1) {
    const char = css[index];
    if (char === "\\") index += 1;
    else if (quote) quote = char === quote ? "" : quote;
    else if (char === '"' || char === "'") quote = char;
    else if (char === "{") depth += 1;
    else if (char === "}" && --depth === 0) {
      blocks.push(css.slice(start, index + 1));
      start = index + 1;
    }
  }
  return blocks;
}

function unescapeCss(name: string): string {
  return name.replace(/\\([0-9a-fA-F]{1,6}) ?|\\(.)/g, (_match, hex: string | undefined, char: string) =>
    hex ? String.fromCodePoint(Number.parseInt(hex, 16)) : char,
  );
}

function parseUtilities(css: string): UtilityRule[] {
  return topLevelBlocks(css).map((block) => {
    const open = block.indexOf("{");
    const head = block.slice(0, open);
    if (head.startsWith("@")) return { atRule: head, rules: parseUtilities(block.slice(open + 1, -1)) };
    return {
      css: block,
      classes: [...head.matchAll(CLASS_SELECTOR)].map(([, name = ""]) => unescapeCss(name)),
    };
  });
}

/** A rule stays when any class in its selector is used: more than needed at worst, never less. */
function usedRules(rules: readonly UtilityRule[], used: ReadonlySet<string>): string {
  let css = "";
  for (const rule of rules) {
    if ("atRule" in rule) {
      const inner = usedRules(rule.rules, used);
      if (inner) css += `${rule.atRule}{${inner}}`;
    } else if (rule.classes.some((name) => used.has(name))) css += rule.css;
  }
  return css;
}

/** Every class token in the markup's class attributes. */
export function classesInMarkup(markup: string): Set<string> {
  const classes = new Set<string>();
  for (const [, value = ""] of markup.matchAll(CLASS_ATTRIBUTE)) {
    for (const name of decodeHTMLAttribute(value).split(/\s+/)) if (name) classes.add(name);
  }
  return classes;
}

export type PageStylesheets = {
  /** The part of the stylesheet a page's markup needs, to inline. */
  forMarkup: (markup: string) => string;
  /** The rules to link after the first paint; empty when the inlined part is already everything. */
  later: string;
};

/** Reads a built stylesheet once. */
export function pageStylesheet(css: string): PageStylesheets {
  const start = css.indexOf(UTILITIES_LAYER);
  const [layer] = start < 0 ? [] : topLevelBlocks(css.slice(start));
  if (!layer) return { forMarkup: () => css, later: "" };
  const before = css.slice(0, start);
  const propertiesStart = before.indexOf(PROPERTIES_LAYER);
  const [initialValues = ""] = propertiesStart < 0 ? [] : topLevelBlocks(before.slice(propertiesStart));
  const utilities = parseUtilities(layer.slice(UTILITIES_LAYER.length, -1));

  return {
    forMarkup: (markup) => {
      const sheet = `${before}${UTILITIES_LAYER}${usedRules(utilities, classesInMarkup(markup))}}${css.slice(start + layer.length)}`;
      // The fallback initial value of a custom property matters only where a rule reads it.
      const isRead = (name: string) => sheet.includes(`var(${name})`) || sheet.includes(`var(${name},`);
      const readInitialValues = initialValues.replace(DECLARATION, (declaration, name: string) =>
        isRead(name) ? declaration : "",
      );
      return sheet.replace(initialValues, () => readInitialValues);
    },
    later: `${initialValues}${layer}`,
  };
}

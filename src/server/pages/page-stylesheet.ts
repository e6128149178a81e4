/**
 * The stylesheet a rendered page inlines, and the one it links after its first paint.
 *
 * Inlined: the built stylesheet with only the Tailwind utilities whose classes the page's markup
 * names, and only the fallback initial values (the `properties` layer) that those read. Why: the
 * article page must fit the first TCP round trip (about 14 KB compressed, headers included) for its
 * text to paint without waiting for a second one, and the utilities of every other page were a KB
 * of it. Everything else (theme, base, components, the essay, every @property) goes in whole, in
 * its order, so the page looks exactly as with the whole sheet.
 *
 * Linked later (the bootstrap in src/client/build/start-after-first-paint.ts, before the app
 * starts): the initial values and the utilities the page did not inline, for whatever the app
 * renders next. Only they: a sheet with rules for the elements already on the page makes the
 * browser restyle them, and one with rules for every element (`*`, `:root`, element selectors) or
 * a custom property's registration restyles the whole page, 20-100 ms of main thread on this
 * machine's Chromium in the middle of hydration. Rules for classes no element has yet cost ~1 ms.
 * The utilities keep the order that decides between them, split though they are, by their ranks
 * (utility-order.ts). The later sheet differs by page: its URL names the inlined rules.
 *
 * Tailwind's minified output is regular: a `@layer properties{…}` of initial values, one
 * `@layer utilities{…}` of rules and @media/@supports groups of rules, then the unlayered rules and
 * the @property rules. A sheet without a utilities layer, or whose utilities use !important
 * (layers reverse the order of important declarations), is inlined whole.
 */
import { decodeHTMLAttribute } from "entities";
import { rankedCss, rankedUtilities, rankOrder, topLevelBlocks } from "./utility-order";

const UTILITIES_LAYER = "@layer utilities{";
const PROPERTIES_LAYER = "@layer properties{";
const DECLARATION = /(--[\w-]+):[^;}]*;?/g;
const CLASS_ATTRIBUTE = /\sclass="([^"]*)"/g;
/** Later sheets kept made; a page's is asked for once per reader, but there is no end of keys. */
const LATER_SHEETS_KEPT = 256;

/** Every class token in the markup's class attributes. */
export function classesInMarkup(markup: string): Set<string> {
  const classes = new Set<string>();
  for (const [, value = ""] of markup.matchAll(CLASS_ATTRIBUTE)) {
    for (const name of decodeHTMLAttribute(value).split(/\s+/)) if (name) classes.add(name);
  }
  return classes;
}

/** Which utilities a page inlined, one bit each, as URL-safe text. */
function encodeInlined(inlined: readonly boolean[]): string {
  const bytes = new Uint8Array(Math.ceil(inlined.length / 8));
  inlined.forEach((kept, index) => {
    if (kept) bytes[index >> 3] = (bytes[index >> 3] ?? 0) | (1 << (index & 7));
  });
  return Buffer.from(bytes).toString("base64url");
}

function decodeInlined(key: string, count: number): boolean[] | null {
  if (!/^[\w-]*$/.test(key)) return null;
  const bytes = Buffer.from(key, "base64url");
  if (bytes.length !== Math.ceil(count / 8) || bytes.toString("base64url") !== key) return null;
  return Array.from({ length: count }, (_, index) => ((bytes[index >> 3] ?? 0) & (1 << (index & 7))) !== 0);
}

export type PageStylesheets = {
  /** The sheet to inline for a page's markup, and the key of the rest (null when it is all there). */
  forMarkup: (markup: string) => { css: string; laterKey: string | null };
  /** The rules to link after the first paint, by the key forMarkup gave; null for any other key. */
  later: (key: string) => string | null;
};

/** Reads a built stylesheet once. */
export function pageStylesheet(css: string): PageStylesheets {
  const start = css.indexOf(UTILITIES_LAYER);
  const [layer] = start < 0 ? [] : topLevelBlocks(css.slice(start));
  const whole: PageStylesheets = { forMarkup: () => ({ css, laterKey: null }), later: () => null };
  if (!layer || layer.includes("!important")) return whole;
  const before = css.slice(0, start);
  const after = css.slice(start + layer.length);
  const propertiesStart = before.indexOf(PROPERTIES_LAYER);
  const [initialValues = ""] = propertiesStart < 0 ? [] : topLevelBlocks(before.slice(propertiesStart));
  const utilities = rankedUtilities(layer.slice(UTILITIES_LAYER.length, -1));
  const order = rankOrder(utilities);
  const laterSheets = new Map<string, string>();

  return {
    forMarkup: (markup) => {
      const used = classesInMarkup(markup);
      // A rule stays when any class in its selector is used: more than needed at worst, never less.
      const inlined = utilities.map((utility) => utility.classes.some((name) => used.has(name)));
      const kept = rankedCss(utilities.filter((_, index) => inlined[index]));
      const sheet = `${before}${UTILITIES_LAYER}${order}${kept}}${after}`;
      // The fallback initial value of a custom property matters only where a rule reads it.
      const isRead = (name: string) => sheet.includes(`var(${name})`) || sheet.includes(`var(${name},`);
      const readInitialValues = initialValues.replace(DECLARATION, (declaration, name: string) =>
        isRead(name) ? declaration : "",
      );
      return {
        css: sheet.replace(initialValues, () => readInitialValues),
        laterKey: inlined.every(Boolean) ? null : encodeInlined(inlined),
      };
    },
    later: (key) => {
      const known = laterSheets.get(key);
      if (known !== undefined) return known;
      const inlined = decodeInlined(key, utilities.length);
      if (!inlined) return null;
      const rest = rankedCss(utilities.filter((_, index) => !inlined[index]));
      const sheet = `${initialValues}${UTILITIES_LAYER}${rest}}`;
      if (laterSheets.size >= LATER_SHEETS_KEPT) laterSheets.clear();
      laterSheets.set(key, sheet);
      return sheet;
    },
  };
}

/**
 * Tailwind's utilities in an order that survives being split between two stylesheets.
 *
 * In one sheet, a utility beats the utilities before it that set the same property: `md:px-6`
 * comes after `px-4`, so it wins at that width. Split between a sheet inlined in the page and one
 * linked later, every later rule would come after every inlined one, and `px-4` linked later would
 * beat an inlined `md:px-6`. So each utility goes into a rank, a sub-layer of `utilities`: a rule's
 * rank is one more than the highest rank of the rules before it that set a property of the same
 * family (padding-inline and padding, top and inset). Layers are ordered by their names' first
 * declaration, which the inlined sheet makes for every rank, so two rules that could conflict keep
 * their order whichever sheet they arrive in, and rules of one rank never conflict.
 */
export type Utility = {
  /** `selector{declarations}` as Tailwind wrote it. */
  css: string;
  /** The classes its selector names, unescaped. */
  classes: string[];
  /** The @media/@supports/@container preludes it sits in, outermost first. */
  atRules: readonly string[];
  rank: number;
};

/** Layer names are short: every page inlines the declaration of all of them. */
const rankLayer = (rank: number) => `r${rank}`;

const CLASS_SELECTOR = /\.((?:\\[0-9a-fA-F]{1,6} ?|\\.|[\w-])+)/g;

/** Properties that override each other under different names share a family. */
const FAMILY_OF: Record<string, string> = {
  top: "inset",
  right: "inset",
  bottom: "inset",
  left: "inset",
  "inline-size": "width",
  "block-size": "height",
  "white-space": "text",
  "word-wrap": "overflow",
  "row-gap": "gap",
  "column-gap": "gap",
  "grid-gap": "gap",
  line: "font",
  place: "align",
  justify: "align",
};

export function familyOf(property: string): string {
  if (property.startsWith("--")) return property;
  const name = property.toLowerCase().replace(/^-(webkit|moz|ms|o)-/, "");
  const head = name.split("-")[0] ?? name;
  return FAMILY_OF[name] ?? FAMILY_OF[head] ?? head;
}

/** Calls `visit` with each character of `css` outside strings and escapes, until it returns false. */
function eachStructuralChar(css: string, visit: (char: string, index: number) => boolean | undefined): void {
  let quote = "";
  for (let index = 0; index < css.length; index += 1) {
    const char = css[index] ?? "";
    if (char === "\\") index += 1;
    else if (quote) quote = char === quote ? "" : quote;
    else if (char === '"' || char === "'") quote = char;
    else if (visit(char, index) === false) return;
  }
}

/** The top-level blocks of a stretch of CSS, `selector{…}` or `@at-rule …{…}`, in order. */
export function topLevelBlocks(css: string): string[] {
  const blocks: string[] = [];
  let depth = 0;
  let start = 0;
  eachStructuralChar(css, (char, index) => {
    if (char === "{") depth += 1;
    else if (char === "}" && --depth === 0) {
      blocks.push(css.slice(start, index + 1));
      start = index + 1;
    }
    return true;
  });
  return blocks;
}

/** The property names a rule's block declares, or null when it holds anything but declarations. */
function declaredProperties(block: string): string[] | null {
  const properties: string[] = [];
  let depth = 0;
  let start = 0;
  let plain = true;
  const take = (end: number) => {
    const declaration = block.slice(start, end);
    const colon = declaration.indexOf(":");
    if (colon > 0) properties.push(declaration.slice(0, colon).trim());
    start = end + 1;
  };
  eachStructuralChar(block, (char, index) => {
    if (char === "(") depth += 1;
    else if (char === ")") depth -= 1;
    else if (char === "{" || char === "}") plain = false;
    else if (char === ";" && depth === 0) take(index);
    return plain;
  });
  if (!plain) return null;
  take(block.length);
  return properties;
}

function unescapeCss(name: string): string {
  return name.replace(/\\([0-9a-fA-F]{1,6}) ?|\\(.)/g, (_match, hex: string | undefined, char: string) =>
    hex ? String.fromCodePoint(Number.parseInt(hex, 16)) : char,
  );
}

type Unranked = Omit<Utility, "rank"> & { properties: string[] | null };

function flatten(css: string, atRules: readonly string[], into: Unranked[]): Unranked[] {
  for (const block of topLevelBlocks(css)) {
    const open = block.indexOf("{");
    const head = block.slice(0, open);
    const body = block.slice(open + 1, -1);
    if (head.startsWith("@")) flatten(body, [...atRules, head], into);
    else {
      const classes = [...head.matchAll(CLASS_SELECTOR)].map(([, name = ""]) => unescapeCss(name));
      into.push({ css: block, classes, atRules, properties: declaredProperties(body) });
    }
  }
  return into;
}

/**
 * The rules of a utilities layer's content, each ranked. A rule whose block is not plain
 * declarations could set anything: it ranks above every rule before it, and every rule after it
 * ranks above it.
 */
export function rankedUtilities(css: string): Utility[] {
  const highestRankOf = new Map<string, number>();
  let floor = 0;
  let highest = -1;
  return flatten(css, [], []).map(({ properties, ...rule }) => {
    const families = properties?.map(familyOf);
    const rank = families
      ? Math.max(floor, ...families.map((family) => (highestRankOf.get(family) ?? -1) + 1))
      : highest + 1;
    if (families) for (const family of families) highestRankOf.set(family, rank);
    else floor = rank + 1;
    highest = Math.max(highest, rank);
    return { ...rule, rank };
  });
}

/** The statement that orders every rank, lowest first: the first sheet must carry it. */
export function rankOrder(utilities: readonly Utility[]): string {
  const ranks = Math.max(-1, ...utilities.map((utility) => utility.rank)) + 1;
  if (ranks === 0) return "";
  return `@layer ${Array.from({ length: ranks }, (_, rank) => rankLayer(rank)).join(",")};`;
}

/** Utilities as CSS, each in its rank's layer, within a rank in their order and at-rules. */
export function rankedCss(utilities: readonly Utility[]): string {
  const byRank = new Map<number, Utility[]>();
  for (const utility of utilities) {
    const rules = byRank.get(utility.rank) ?? [];
    rules.push(utility);
    byRank.set(utility.rank, rules);
  }
  let css = "";
  for (const [rank, rules] of [...byRank].sort(([a], [b]) => a - b)) {
    css += `@layer ${rankLayer(rank)}{`;
    let open: readonly string[] = [];
    for (const rule of rules) {
      let shared = 0;
      while (shared < open.length && open[shared] === rule.atRules[shared]) shared += 1;
      css += "}".repeat(open.length - shared);
      for (const atRule of rule.atRules.slice(shared)) css += `${atRule}{`;
      open = rule.atRules;
      css += rule.css;
    }
    css += `${"}".repeat(open.length)}}`;
  }
  return css;
}

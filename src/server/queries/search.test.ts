import { describe, expect, it } from "vitest";
import { parseSnippet, toFtsQuery } from "./search";

describe("toFtsQuery", () => {
  it("quotes every word and lets the last one match as a prefix", () => {
    expect(toFtsQuery("layer two rollups", "all")).toBe('"layer" AND "two" AND "rollups"*');
    expect(toFtsQuery("layer two", "any")).toBe('"layer" OR "two"*');
  });

  it("matches a last word of one or two letters as itself: as a prefix it would read half the index", () => {
    expect(toFtsQuery("layer ai", "all")).toBe('"layer" AND "ai"');
    expect(toFtsQuery("x", "all")).toBe('"x"');
  });

  it("turns operators and syntax into plain words or nothing", () => {
    expect(toFtsQuery('NEAR(ai, "crypto") AND -title:x*', "all")).toBe(
      '"near" AND "ai" AND "crypto" AND "and" AND "title" AND "x"',
    );
    expect(toFtsQuery("*** () : -", "all")).toBeNull();
  });

  it("bounds very long input", () => {
    const query = toFtsQuery(Array.from({ length: 100 }, (_, i) => `w${i}`).join(" "), "all");
    expect(query?.split(" AND ")).toHaveLength(16);
  });
});

describe("parseSnippet", () => {
  it("splits highlighted runs from plain text", () => {
    expect(parseSnippet("the \uE000layer\uE001 cake")).toEqual([
      { text: "the ", match: false },
      { text: "layer", match: true },
      { text: " cake", match: false },
    ]);
  });
});

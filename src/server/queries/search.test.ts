import { describe, expect, it } from "vitest";
import { toFtsQuery } from "./search";
import { searchSnippet, termsOfMatch } from "./search-snippet";

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

describe("searchSnippet", () => {
  const body =
    "Rollups batch many transfers into one proof. The layer below checks that proof once, and " +
    "fees fall for everyone who uses the rollup. Critics say sequencers still hold too much power.";

  it("marks the query's words, with the last as a prefix, in the best window of the body", () => {
    const terms = termsOfMatch(toFtsQuery("proof sequen", "all") ?? "");
    expect(terms).toEqual({ exact: new Set(["proof"]), prefix: "sequen" });
    const parts = searchSnippet({ title: "T", excerpt: "E", contentText: body }, terms);
    expect(parts.filter((part) => part.match).map((part) => part.text)).toContain("proof");
    expect(parts.map((part) => part.text).join("")).not.toContain("<");
    expect(parts.every((part) => part.text !== "")).toBe(true);
    // Never a word cut in half, and an ellipsis where the text goes on.
    expect(parts.at(-1)?.text.endsWith("…")).toBe(true);
  });

  it("compares words as the index does: case and accents folded", () => {
    const parts = searchSnippet(
      { title: "", excerpt: "", contentText: "Le Café de Flore serves coffee." },
      termsOfMatch('"cafe"'),
    );
    expect(parts.find((part) => part.match)?.text).toBe("Café");
  });

  it("falls back to the standfirst, then the title, then the standfirst unmarked", () => {
    const terms = termsOfMatch('"harbour"');
    expect(searchSnippet({ title: "A harbour", excerpt: "Plain.", contentText: body }, terms)).toEqual([
      { text: "A ", match: false },
      { text: "harbour", match: true },
    ]);
    expect(searchSnippet({ title: "T", excerpt: "Plain.", contentText: body }, terms)).toEqual([
      { text: "Plain.", match: false },
    ]);
  });
});

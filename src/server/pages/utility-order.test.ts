import { describe, expect, it } from "vitest";
import { familyOf, rankedCss, rankedUtilities, rankOrder } from "./utility-order";

const ranksOf = (css: string) =>
  Object.fromEntries(rankedUtilities(css).map((rule) => [rule.classes.join(" "), rule.rank]));

describe("familyOf", () => {
  it("puts properties that override each other under one name", () => {
    expect(familyOf("padding-inline")).toBe(familyOf("padding"));
    expect(familyOf("padding-top")).toBe(familyOf("padding"));
    expect(familyOf("top")).toBe(familyOf("inset-inline"));
    expect(familyOf("inline-size")).toBe(familyOf("width"));
    expect(familyOf("white-space")).toBe(familyOf("text-wrap"));
    expect(familyOf("row-gap")).toBe(familyOf("gap"));
    expect(familyOf("line-height")).toBe(familyOf("font-size"));
    expect(familyOf("justify-items")).toBe(familyOf("place-items"));
    expect(familyOf("-webkit-hyphens")).toBe(familyOf("hyphens"));
    expect(familyOf("--tw-shadow")).toBe("--tw-shadow");
    expect(familyOf("width")).not.toBe(familyOf("height"));
    expect(familyOf("color")).not.toBe(familyOf("background-color"));
  });
});

describe("rankedUtilities", () => {
  it("ranks a rule above every earlier rule that sets a property of its family, and no higher", () => {
    expect(
      ranksOf(
        [
          ".p-4{padding:1rem}",
          ".px-2{padding-inline:.5rem}",
          ".text-red{color:red}",
          ".inset-0{inset:0}",
          ".top-2{top:.5rem}",
          "@media (width>=48rem){.md\\:px-6{padding-inline:1.5rem}.md\\:text-blue{color:blue}}",
          ".w-4{width:1rem}",
          ".h-4{height:1rem}",
        ].join(""),
      ),
    ).toEqual({
      "p-4": 0,
      "px-2": 1,
      "text-red": 0,
      "inset-0": 0,
      "top-2": 1,
      "md:px-6": 2,
      "md:text-blue": 1,
      "w-4": 0,
      "h-4": 0,
    });
  });

  it("ranks a rule that is not plain declarations above all before it, and all after it above it", () => {
    expect(ranksOf(".a{color:red}.b{&:hover{color:blue}}.c{width:1px}")).toEqual({ a: 0, b: 1, c: 2 });
  });

  it("reads declarations whose values hold semicolons and colons", () => {
    expect(ranksOf('.a{content:"x;y:z"}.b{background:url(data:image/png;base64,x)}.c{content:"w"}')).toEqual({
      a: 0,
      b: 0,
      c: 1,
    });
  });
});

describe("rankedCss and rankOrder", () => {
  it("writes each rank's rules in their order inside their at-rules, ranks in order, and declares every rank", () => {
    const utilities = rankedUtilities(
      ".px-2{padding-inline:.5rem}@media (width>=48rem){.md\\:px-6{padding-inline:1.5rem}.md\\:w-4{width:1rem}}.w-2{width:.5rem}",
    );
    expect(rankOrder(utilities)).toBe("@layer r0,r1;");
    expect(rankedCss(utilities)).toBe(
      "@layer r0{.px-2{padding-inline:.5rem}@media (width>=48rem){.md\\:w-4{width:1rem}}}" +
        "@layer r1{@media (width>=48rem){.md\\:px-6{padding-inline:1.5rem}}.w-2{width:.5rem}}",
    );
    expect(rankOrder([])).toBe("");
  });
});

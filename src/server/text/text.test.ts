import { describe, expect, it } from "vitest";
import { parseFeedDate } from "./feed-date";
import { collapseWhitespace, htmlToText, plainLine } from "./html-to-text";
import { countWords, excerptOf, readingMinutes } from "./reading";
import { slugify } from "./slug";
import { weightedTermCounts, words } from "./terms";

describe("parseFeedDate", () => {
  it.each([
    ["Tue, 10 Nov 2026 09:30:00 +0100", "2026-11-10T09:30:00+01:00", "2026-11-10T08:30:00.000Z"],
    ["10 Nov 2026 09:30 GMT", "2026-11-10T09:30:00+00:00", "2026-11-10T09:30:00.000Z"],
    ["Mon, 2 Mar 26 23:05:00 EST", "2026-03-02T23:05:00-05:00", "2026-03-03T04:05:00.000Z"],
    ["2026-11-14T09:57:00-05:00", "2026-11-14T09:57:00-05:00", "2026-11-14T14:57:00.000Z"],
    ["2026-09-30T10:42:00+05:30", "2026-09-30T10:42:00+05:30", "2026-09-30T05:12:00.000Z"],
    ["2026-11-14T09:57:00.123Z", "2026-11-14T09:57:00+00:00", "2026-11-14T09:57:00.000Z"],
    ["2026-11-14 09:57", "2026-11-14T09:57:00+00:00", "2026-11-14T09:57:00.000Z"],
  ])("reads %s keeping the publisher's offset", (input, iso, utc) => {
    const date = parseFeedDate(input);
    expect(date?.iso).toBe(iso);
    expect(new Date(date?.epochMs ?? 0).toISOString()).toBe(utc);
  });

  it.each(["", "   ", "yesterday", "2026-02-30T10:00:00Z", "32 Jan 2026 10:00 GMT", undefined, null])(
    "gives null for %j",
    (input) => {
      expect(parseFeedDate(input)).toBeNull();
    },
  );
});

describe("excerptOf", () => {
  it("cuts on a word boundary with an ellipsis, never mid-word", () => {
    const text =
      "Layering is how both industries grow: base chains and base models sit at the bottom of it all.";
    const excerpt = excerptOf(text, 40);
    expect(excerpt).toBe("Layering is how both industries grow…");
    expect(text.startsWith(excerpt.slice(0, -1))).toBe(true);
  });

  it("keeps short text whole and collapses whitespace", () => {
    expect(excerptOf("  A  short\n\nstandfirst. ", 100)).toBe("A short standfirst.");
  });
});

describe("word counts and reading time", () => {
  it("counts words, and CJK text by character", () => {
    expect(countWords("It's a well-known fact, isn't it?")).toBe(6);
    expect(countWords("人工知能 and crypto")).toBe(6);
    expect(countWords("人工知能and crypto")).toBe(6);
  });

  it("rounds reading time with a one-minute floor", () => {
    expect(readingMinutes(10)).toBe(1);
    expect(readingMinutes(2300)).toBe(10);
  });
});

describe("htmlToText", () => {
  it("decodes entities once and keeps paragraphs apart", () => {
    expect(htmlToText("<p>AT&amp;T &amp;amp; co</p><p>Second</p>")).toBe("AT&T &amp; co\n\nSecond");
  });

  it("drops script and style content", () => {
    expect(htmlToText("<p>Safe<script>alert(1)</script><style>p{}</style></p>")).toBe("Safe");
    expect(plainLine("<b>Bold</b>\n title ")).toBe("Bold title");
  });
});

describe("slugify", () => {
  it.each([
    ["Who Owns the Middle? How AI and Crypto Stack", "who-owns-the-middle-how-ai-and-crypto-stack"],
    ["Crypto & markets", "crypto-and-markets"],
    ["Café déjà vu", "cafe-deja-vu"],
    ["???", ""],
  ])("%s → %s", (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it("cuts long titles on a dash", () => {
    const slug = slugify("word ".repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith("-")).toBe(false);
  });
});

describe("collapseWhitespace", () => {
  it("makes every run of whitespace one space, whatever it starts with, and trims", () => {
    expect(collapseWhitespace(" a  b\t\nc \n d\u00a0e\u2003 f  ")).toBe("a b c d e f");
    expect(collapseWhitespace("one two three")).toBe("one two three");
  });
});

describe("words", () => {
  it("splits as the search index does: case and diacritics folded, ASCII or not", () => {
    expect(words("Plain ASCII, 2026 words")).toEqual(["plain", "ascii", "2026", "words"]);
    expect(words("Café NAÏVE Ångström")).toEqual(["cafe", "naive", "angstrom"]);
  });
});

describe("weightedTermCounts", () => {
  it("counts content words by the weight of the part they are in, and skips what is not a word", () => {
    const counts = weightedTermCounts([
      { tokens: words("Stablecoin reserves"), weight: 3 },
      { tokens: words(`The stablecoin and its 2026 reserves ${"x".repeat(5_000)} audit`), weight: 1 },
    ]);
    expect(Object.fromEntries(counts)).toEqual({ stablecoin: 4, reserves: 4, audit: 1 });
  });
});

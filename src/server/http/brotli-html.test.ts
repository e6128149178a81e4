import { describe, expect, it } from "vitest";
import { acceptsBrotli } from "./brotli-html";

describe("acceptsBrotli", () => {
  it.each([
    ["gzip, deflate, br, zstd", true],
    ["br;q=0.5, gzip", true],
    ["BR", true],
    ["gzip, deflate", false],
    ["br;q=0, gzip", false],
    ["brotli", false],
    [undefined, false],
  ])("%s → %s", (header, expected) => {
    expect(acceptsBrotli(header)).toBe(expected);
  });
});

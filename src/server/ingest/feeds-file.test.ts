import { expect, it } from "vitest";
import { parseFeedsFile } from "./feeds-file";
import { nextTryDelay } from "./ingest-source";

it("reads one feed a line, skipping comments, blanks, notes and repeats", () => {
  const text =
    "# my feeds\nhttps://a.example/feed.xml\n\n  https://b.example/atom   weekly digest\nhttps://a.example/feed.xml\n./local.xml\n";
  expect(parseFeedsFile(text)).toEqual([
    "https://a.example/feed.xml",
    "https://b.example/atom",
    "./local.xml",
  ]);
});

it("backs off by doubling with jitter, capped at a day, and honours a longer Retry-After", () => {
  const middle = () => 0.5;
  expect(nextTryDelay(1, null, middle)).toBe(5 * 60_000);
  expect(nextTryDelay(3, null, middle)).toBe(20 * 60_000);
  expect(nextTryDelay(30, null, middle)).toBe(24 * 60 * 60_000);
  expect(nextTryDelay(1, 3 * 60 * 60_000, middle)).toBe(3 * 60 * 60_000);
  expect(nextTryDelay(1, null, () => 0)).toBe(4 * 60_000);
});

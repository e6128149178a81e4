import { describe, expect, it } from "vitest";
import { sanitiseArticleHtml } from "./sanitise-html";

const BASE = "https://publisher.example/2026/11/story";

describe("sanitiseArticleHtml", () => {
  it.each([
    ["<p>Hi<script>alert(1)</script></p>", "<p>Hi</p>"],
    ['<p onclick="x()">Hi</p>', "<p>Hi</p>"],
    ['<a href="javascript:alert(1)">x</a>', '<a rel="noopener noreferrer nofollow">x</a>'],
    ['<iframe src="https://evil.example"></iframe><p>ok</p>', "<p>ok</p>"],
    ["<style>body{}</style><p>ok</p>", "<p>ok</p>"],
    ['<base href="https://evil.example"><meta http-equiv="refresh" content="0"><p>ok</p>', "<p>ok</p>"],
    ['<img src="data:image/svg+xml,<svg onload=alert(1)>">', ""],
    ["<form><input></form><p>ok</p>", "<p>ok</p>"],
  ])("cleans %s", (dirty, clean) => {
    expect(sanitiseArticleHtml(dirty, BASE)).toBe(clean);
  });

  it("resolves relative links and images against the article, and marks them", () => {
    const html = sanitiseArticleHtml('<p><a href="../other">o</a><img src="/i.png" alt="A chart"></p>', BASE);
    expect(html).toContain('href="https://publisher.example/2026/other"');
    expect(html).toContain('rel="noopener noreferrer nofollow"');
    expect(html).toContain('src="https://publisher.example/i.png"');
    expect(html).toContain('alt="A chart"');
    expect(html).toContain('loading="lazy"');
    expect(html).toContain('decoding="async"');
  });

  it("turns a feed's h1 into h2, since the page's h1 is the title", () => {
    expect(sanitiseArticleHtml("<h1>Part one</h1>", BASE)).toBe("<h2>Part one</h2>");
  });
});

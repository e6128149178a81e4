import { describe, expect, it } from "vitest";
import { sectionizeArticle, slugify, textOf } from "./article-sections";

describe("sectionizeArticle", () => {
  it("gives <h2> sections stable, unique ids and permalinks", () => {
    const html =
      "<p>Intro</p><h2>Cheaper routes &amp; costs</h2><p>a</p><h2>Cheaper routes &amp; costs</h2><h2><em>What</em> next?</h2>";
    const { html: out, sections } = sectionizeArticle(html);
    expect(sections).toEqual([
      { id: "cheaper-routes-costs", title: "Cheaper routes & costs" },
      { id: "cheaper-routes-costs-2", title: "Cheaper routes & costs" },
      { id: "what-next", title: "What next?" },
    ]);
    expect(out).toContain(
      '<h2 id="cheaper-routes-costs">Cheaper routes &amp; costs<a class="heading-anchor" href="#cheaper-routes-costs">',
    );
    expect(out).toContain('<h2 id="what-next"><em>What</em> next?');
    expect(sectionizeArticle(html)).toEqual(sectionizeArticle(html));
  });

  it("treats paragraphs opening with 1), 2) … as numbered sections", () => {
    const html =
      "<p>Why?</p><p>1) The base layers are expensive for opposite reasons. A frontier model…</p><p>2) Value capture runs in different directions. For years…</p><p>Closing.</p>";
    const { html: out, sections } = sectionizeArticle(html);
    expect(sections).toEqual([
      { id: "section-1", title: "The base layers are expensive for opposite reasons.", number: 1 },
      { id: "section-2", title: "Value capture runs in different directions.", number: 2 },
    ]);
    expect(out).toContain(
      '<p id="section-1" data-section=""><span class="section-number">1)</span> The base layers',
    );
    expect(out).toContain("<p>Why?</p>");
    expect(out).toContain("<p>Closing.</p>");
  });

  it("leaves plain articles alone", () => {
    const html = '<p>Just text with <a href="https://x.example">a link</a>.</p><pre>code</pre>';
    expect(sectionizeArticle(html)).toEqual({ html, sections: [] });
  });

  it("escapes heading text it writes into the permalink", () => {
    const { html } = sectionizeArticle("<h2>&lt;script&gt; tags</h2>");
    expect(html).not.toContain("<script>");
  });
});

describe("helpers", () => {
  it("slugify and textOf", () => {
    expect(slugify("Ça va? Très bien!")).toBe("ca-va-tres-bien");
    expect(slugify("???")).toBe("section");
    expect(textOf("<b>A</b>&nbsp;&#39;b&#x27;")).toBe("A 'b'");
  });
});

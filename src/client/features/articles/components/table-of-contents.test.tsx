import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { sectionizeArticle } from "../../../../shared/article-sections";
import { ArticleBody } from "./article-body";
import { TableOfContents, wantsTableOfContents } from "./table-of-contents";

function renderArticle(contentHtml: string) {
  const { html, sections } = sectionizeArticle(contentHtml);
  return render(
    <>
      <TableOfContents sections={sections} />
      <ArticleBody slug="an-article" html={html} />
    </>,
  );
}

describe("TableOfContents", () => {
  it("links each <h2> section to its heading", () => {
    const { container } = renderArticle(
      "<p>Intro.</p><h2>Cheaper routes</h2><p>a</p><h2>Expensive routes</h2><p>b</p><h2>The line will move</h2><p>c</p>",
    );
    const toc = screen.getByRole("navigation", { name: "In this article" });
    const links = within(toc).getAllByRole("link");
    expect(links.map((link) => link.textContent)).toEqual([
      "1Cheaper routes",
      "2Expensive routes",
      "3The line will move",
    ]);
    for (const link of links) {
      const id = link.getAttribute("href")?.slice(1) ?? "";
      expect(container.querySelector(`[id="${id}"]`)?.tagName).toBe("H2");
    }
    expect(screen.getByRole("heading", { level: 2, name: /Expensive routes/ })).toHaveAttribute(
      "id",
      "expensive-routes",
    );
  });

  it("lists numbered-paragraph sections with their numbers and first sentences", () => {
    const { container } = renderArticle(
      "<p>Why?</p><p>1) The base layers are expensive. Text.</p><p>2) Value capture differs. Text.</p><p>3) The middle is where fights happen. Text.</p>",
    );
    const toc = screen.getByRole("navigation", { name: "In this article" });
    const second = within(toc).getByRole("link", { name: /Value capture differs\./ });
    expect(second).toHaveAttribute("href", "#section-2");
    expect(second).toHaveTextContent("2Value capture differs.");
    expect(wantsTableOfContents(sectionizeArticle("<p>1) One.</p><p>2) Two.</p>").sections)).toBe(true);
    expect(container.querySelector("#section-2")?.textContent).toMatch(/^2\) Value capture differs\. Text\./);
    // Each section is deep-linkable from the text itself too.
    expect(screen.getByRole("link", { name: "Link to the section Value capture differs." })).toHaveAttribute(
      "href",
      "#section-2",
    );
  });

  it("is left out of short articles without numbered sections", () => {
    expect(wantsTableOfContents([])).toBe(false);
    expect(wantsTableOfContents(sectionizeArticle("<h2>One</h2><p>1) Alone.</p>").sections)).toBe(false);
  });
});

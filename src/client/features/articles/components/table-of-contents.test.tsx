import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { sectionizeArticle } from "../utils/article-sections";
import { ArticleBody } from "./article-body";
import { TableOfContents } from "./table-of-contents";

function renderArticle(contentHtml: string) {
  const { html, sections } = sectionizeArticle(contentHtml);
  return render(
    <>
      <TableOfContents sections={sections} />
      <ArticleBody html={html} />
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
    expect(container.querySelector("#section-2")?.textContent).toMatch(/^2\) Value capture differs\. Text\./);
    // Each section is deep-linkable from the text itself too.
    expect(screen.getByRole("link", { name: "Link to the section Value capture differs." })).toHaveAttribute(
      "href",
      "#section-2",
    );
  });
});

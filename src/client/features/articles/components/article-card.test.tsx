import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { makeSummary } from "../../../../../tests/mocks/fixtures";
import { renderWithProviders } from "../../../test-utils/render-route";
import { ArticleCard } from "./article-card";

describe("ArticleCard", () => {
  it("shows the title as a link, excerpt, source, author, date, reading time and topics", async () => {
    const article = makeSummary();
    renderWithProviders(<ArticleCard article={article} onIntent={() => {}} />);

    const card = await screen.findByRole("article");
    const title = within(card).getByRole("link", { name: article.title });
    expect(title).toHaveAttribute("href", "/article/who-owns-the-middle");
    expect(within(card).getByRole("heading", { level: 2, name: article.title })).toBeInTheDocument();
    expect(within(card).getByText(article.excerpt)).toBeInTheDocument();
    expect(within(card).getByText("Stack & Signal")).toBeInTheDocument();
    expect(within(card).getByText("Tamsin Achterberg")).toBeInTheDocument();
    expect(within(card).getByText("4 min read")).toBeInTheDocument();

    const time = card.querySelector("time");
    expect(time).toHaveAttribute("datetime", article.publishedAt);
    // The absolute date with its zone is in the title; the visible text is relative.
    expect(time?.getAttribute("title")).toMatch(/14 November 2026 at \d\d:\d\d \S+/);
    expect(time?.textContent).toMatch(/ago|last|yesterday|next|in /);

    const topics = within(card).getByRole("list", { name: "Topics" });
    expect(within(topics).getByRole("link", { name: "AI" })).toHaveAttribute("href", "/topic/ai");
    expect(within(topics).getByRole("link", { name: "Crypto & markets" })).toHaveAttribute(
      "href",
      "/topic/crypto-markets",
    );
  });

  it("warms the article when the reader shows intent", async () => {
    const onIntent = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(<ArticleCard article={makeSummary()} onIntent={onIntent} />);
    await user.hover(await screen.findByRole("link", { name: /Who Owns the Middle/ }));
    await user.tab();
    expect(onIntent).toHaveBeenCalledTimes(1);
    expect(onIntent).toHaveBeenCalledWith("who-owns-the-middle");
  });
});

import { screen } from "@testing-library/react";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { emptySearch, makeSummary } from "../../../../../tests/mocks/fixtures";
import { server, setupMockApi } from "../../../../../tests/mocks/server";
import { renderWithProviders } from "../../../test-utils/render-route";
import { SearchResults } from "./search-results";

setupMockApi();

describe("SearchResults", () => {
  it("says plainly when nothing matches", async () => {
    server.use(http.get("*/api/search", () => HttpResponse.json(emptySearch)));
    renderWithProviders(<SearchResults query="zeppelin" onArticleIntent={() => {}} />);
    expect(await screen.findByText("Nothing found for “zeppelin”.")).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("No articles match “zeppelin”.");
  });

  it("asks for words instead of searching for nothing", () => {
    renderWithProviders(<SearchResults query="   " onArticleIntent={() => {}} />);
    expect(screen.getByText("Type a word or two to search every article.")).toBeInTheDocument();
  });

  it("highlights the matched words of each snippet", async () => {
    server.use(
      http.get("*/api/search", () =>
        HttpResponse.json({
          items: [
            {
              ...makeSummary(),
              snippet: [
                { text: "licensed ", match: false },
                { text: "stablecoin", match: true },
                { text: " issuers", match: false },
              ],
            },
          ],
          nextCursor: null,
        }),
      ),
    );
    renderWithProviders(<SearchResults query="stablecoin" onArticleIntent={() => {}} />);
    const mark = await screen.findByText("stablecoin", { selector: "mark" });
    expect(mark.parentElement).toHaveTextContent("licensed stablecoin issuers");
    expect(screen.getByRole("status")).toHaveTextContent("1 article match “stablecoin”.");
  });
});

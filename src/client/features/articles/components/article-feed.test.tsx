import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { delay, HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { makePage } from "../../../../../tests/mocks/fixtures";
import { server, setupMockApi } from "../../../../../tests/mocks/server";
import { renderWithProviders } from "../../../test-utils/render-route";
import { ArticleFeed } from "./article-feed";

setupMockApi();

describe("ArticleFeed", () => {
  it("holds the layout with a skeleton while the stories load", async () => {
    server.use(
      http.get("*/api/articles", async () => {
        await delay(150);
        return HttpResponse.json(makePage(3));
      }),
    );
    renderWithProviders(<ArticleFeed />);
    expect(await screen.findByRole("status")).toHaveTextContent("Loading stories…");
    expect(await screen.findByRole("heading", { level: 2, name: "Story number 1" })).toBeInTheDocument();
    expect(screen.queryByText("Loading stories…")).not.toBeInTheDocument();
  });

  it("says what went wrong and recovers on retry", async () => {
    const user = userEvent.setup();
    let calls = 0;
    server.use(
      http.get("*/api/articles", () => {
        calls += 1;
        if (calls === 1) {
          return HttpResponse.json(
            { type: "/problems/internal", title: "Internal error", status: 500, detail: "boom" },
            { status: 500, headers: { "content-type": "application/problem+json" } },
          );
        }
        return HttpResponse.json(makePage(2));
      }),
    );
    renderWithProviders(<ArticleFeed />);

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("We couldn't load the stories");
    expect(alert).toHaveTextContent("The server couldn't answer just now");
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("link", { name: "Story number 2" })).toBeInTheDocument();
  });

  it("says so when there is nothing to show", async () => {
    server.use(http.get("*/api/articles", () => HttpResponse.json(makePage(0))));
    renderWithProviders(<ArticleFeed emptyMessage="No stories about Science yet." />);
    expect(await screen.findByText("No stories about Science yet.")).toBeInTheDocument();
  });
});

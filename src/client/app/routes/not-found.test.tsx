import { screen } from "@testing-library/react";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { emptyRelated } from "../../../../tests/mocks/fixtures";
import { server, setupMockApi } from "../../../../tests/mocks/server";
import { renderApp } from "../../test-utils/render-route";

setupMockApi();

function quietMastheadApi() {
  server.use(
    http.get("*/api/topics", () => HttpResponse.json({ items: [] })),
    http.get("*/api/sources", () => HttpResponse.json({ items: [] })),
  );
}

describe("not-found page", () => {
  it("answers an unknown path with a real 404 page and a way on", async () => {
    quietMastheadApi();
    renderApp("/no/such/page");
    expect(
      await screen.findByRole("heading", { level: 1, name: "We couldn't find that page" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Go to the front page" })).toHaveAttribute("href", "/");
    expect(screen.getAllByRole("heading", { level: 1 })).toHaveLength(1);
  });

  it("is shown for an article slug the API does not know", async () => {
    quietMastheadApi();
    server.use(
      http.get("*/api/articles/:slug/related", () => HttpResponse.json(emptyRelated)),
      http.get("*/api/articles/:slug", ({ params }) =>
        HttpResponse.json(
          {
            type: "/problems/not-found",
            title: "Not found",
            status: 404,
            detail: `There is no article "${params.slug}".`,
          },
          { status: 404, headers: { "content-type": "application/problem+json" } },
        ),
      ),
    );
    renderApp("/article/no-such-story");
    expect(
      await screen.findByRole("heading", { level: 1, name: "We couldn't find that page" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("banner")).toBeInTheDocument();
  });
});

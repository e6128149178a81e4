import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { makeArticle } from "../../../tests/mocks/fixtures";
import { server, setupMockApi } from "../../../tests/mocks/server";
import { createTestQueryClient } from "../test-utils/render-route";
import { ARTICLE_ROUTE_ID, loadPageAhead, prerenderedPage } from "./route-modules";

setupMockApi();

describe("rendering an article ahead", () => {
  it("loads the article's code and text, then offers its page, ready to stand in for the route", async () => {
    server.use(http.get("*/api/articles/known", () => HttpResponse.json(makeArticle({ slug: "known" }))));
    const queryClient = createTestQueryClient();
    expect(await loadPageAhead("/article/known", queryClient)).toBe(true);
    const page = prerenderedPage("/article/known", queryClient);
    expect(page).toMatchObject({ path: "/article/known", routeId: ARTICLE_ROUTE_ID });
    expect(page?.ready()).toBe(true);
  });

  it("does not offer as ready an article that failed to load: its route shows the error", async () => {
    server.use(
      http.get("*/api/articles/gone", () =>
        HttpResponse.json(
          { type: "/problems/not-found", title: "Not found", status: 404, detail: "No such article." },
          { status: 404, headers: { "content-type": "application/problem+json" } },
        ),
      ),
    );
    const queryClient = createTestQueryClient();
    expect(await loadPageAhead("/article/gone", queryClient)).toBe(false);
    expect(prerenderedPage("/article/gone", queryClient)?.ready()).toBe(false);
  });

  it("renders only articles ahead, and asks nothing for other pages", async () => {
    const queryClient = createTestQueryClient();
    expect(await loadPageAhead("/topic/ai", queryClient)).toBe(false);
    expect(prerenderedPage("/topic/ai", queryClient)).toBeNull();
    expect(prerenderedPage("/article/a/b", queryClient)).toBeNull();
  });
});

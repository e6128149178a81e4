import { HttpResponse, http } from "msw";
import { createMemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import { makePage } from "../../../tests/mocks/fixtures";
import { server, setupMockApi } from "../../../tests/mocks/server";
import { articleKeys } from "../features/articles/api/article-keys";
import { createTestQueryClient } from "../test-utils/render-route";
import { appRoutes, type RoutesRunIn } from "./router";

setupMockApi();

/**
 * The router's navigation states while it goes back to the front page from another page, and
 * whether the routes alone (nothing rendered) asked for the front page's list.
 */
async function goingBackToTheFrontPage(runIn: RoutesRunIn) {
  server.use(http.get("*/api/articles", () => HttpResponse.json(makePage(3))));
  const queryClient = createTestQueryClient();
  const router = createMemoryRouter(appRoutes(queryClient, runIn), {
    initialEntries: ["/no-such-page"],
  });
  await router.navigate("/");
  await router.navigate("/no-such-page");
  const states: string[] = [];
  const unsubscribe = router.subscribe((state) => states.push(state.navigation.state));
  await router.navigate(-1);
  await new Promise((resolve) => setTimeout(resolve, 0));
  unsubscribe();
  expect(router.state.location.pathname).toBe("/");
  router.dispose();
  const listRequested = queryClient.getQueryCache().findAll({ queryKey: articleKeys.lists() }).length > 0;
  return { states, listRequested };
}

describe("the route table", () => {
  it("in the browser, shows the front page again with no pending state before it (no loader to wait for)", async () => {
    const { states, listRequested } = await goingBackToTheFrontPage("browser");
    expect(states).not.toContain("loading");
    // The feed asks for it as it renders.
    expect(listRequested).toBe(false);
  });

  it("on the server, the front page's loader starts its list, which the page is rendered with", async () => {
    const { states, listRequested } = await goingBackToTheFrontPage("server");
    expect(states).toContain("loading");
    expect(listRequested).toBe(true);
  });
});

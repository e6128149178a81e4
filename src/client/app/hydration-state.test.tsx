import { dehydrate, hydrate } from "@tanstack/react-query";
import { act } from "@testing-library/react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { makeArticle } from "../../../tests/mocks/fixtures";
import { articleQueryOptions } from "../features/articles/api/get-article";
import { ArticleBody } from "../features/articles/components/article-body";
import { relatedQueryOptions } from "../features/related/api/get-related";
import { createTestQueryClient } from "../test-utils/render-route";
import { withArticleBodies, withoutArticleBodies } from "./hydration-state";

// Quotes in text are escaped by the sanitiser but not by the browser's innerHTML: the two differ.
const BODY = "<p>She said &quot;no&quot;.</p><p>Then &amp; now.</p>";

function serverState(slug: string) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(articleQueryOptions(slug).queryKey, makeArticle({ slug, contentHtml: BODY }));
  queryClient.setQueryData(relatedQueryOptions(slug).queryKey, { items: [] });
  return withoutArticleBodies(dehydrate(queryClient));
}

/** The page as the server sent it: the body rendered once, in the markup. */
function serverMarkup(slug: string): HTMLElement {
  const root = document.createElement("div");
  root.innerHTML = renderToString(<ArticleBody slug={slug} html={BODY} />);
  document.body.append(root);
  return root;
}

describe("withoutArticleBodies", () => {
  it("leaves the body out of article queries and keeps everything else", () => {
    const state = serverState("a-story");
    expect(JSON.stringify(state)).not.toContain("She said");
    const [article, related] = state.queries;
    expect(article?.state.data).toMatchObject({ slug: "a-story", title: makeArticle().title });
    expect(article?.state.data).not.toHaveProperty("contentHtml");
    expect(related?.state.data).toEqual({ items: [] });
  });
});

describe("withArticleBodies", () => {
  it("puts back the rendered body, which hydrates without a mismatch and is never set again", async () => {
    const root = serverMarkup("a-story");
    const queryClient = createTestQueryClient();
    hydrate(queryClient, withArticleBodies(serverState("a-story"), document));
    const article = queryClient.getQueryData(articleQueryOptions("a-story").queryKey);
    const rendered = root.querySelector("[data-article-body]");
    expect(article?.contentHtml).toBe(rendered?.innerHTML);
    expect(article?.contentHtml).toContain('She said "no".');

    const html = article?.contentHtml ?? "";
    const paragraph = root.querySelector("p");
    // A mismatch would be a console.error, which fails the test.
    const reactRoot = await act(async () => hydrateRoot(root, <ArticleBody slug="a-story" html={html} />));
    await act(async () => reactRoot.render(<ArticleBody slug="a-story" html={html} />));
    // The same node: React kept the server's DOM instead of setting innerHTML again.
    expect(root.querySelector("p")).toBe(paragraph);
    await act(async () => reactRoot.unmount());
    root.remove();
  });

  it("leaves out an article whose body is not on the page, so it is fetched", () => {
    const queryClient = createTestQueryClient();
    hydrate(queryClient, withArticleBodies(serverState("not-rendered"), document));
    expect(queryClient.getQueryData(articleQueryOptions("not-rendered").queryKey)).toBeUndefined();
    expect(queryClient.getQueryData(relatedQueryOptions("not-rendered").queryKey)).toEqual({ items: [] });
  });
});

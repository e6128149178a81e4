import { act, fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { createMemoryRouter, matchPath, RouterProvider, useParams, useSearchParams } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import type { PrerenderedPage } from "../route-modules";
import { forgetIntendedPage, intendPage } from "./intended-page";
import { OutletKeepingPreviousPage } from "./outlet-keeping-previous-page";
import { PageHead } from "./page-shown";

let renders = 0;
const articleRenders = new Map<string, number>();

function ArticlePage({ slug }: { slug: string }) {
  articleRenders.set(slug, (articleRenders.get(slug) ?? 0) + 1);
  return <h1>{`Article ${slug}`}</h1>;
}

function RoutedArticle() {
  return <ArticlePage slug={useParams().slug ?? ""} />;
}

/** Articles whose data is "loaded"; the others are not ready to stand in for the route. */
let loadedArticles = new Set<string>();

function prerender(path: string): PrerenderedPage | null {
  const slug = matchPath("/article/:slug", path)?.params.slug;
  if (!slug) return null;
  return {
    path,
    routeId: "article",
    element: <ArticlePage slug={slug} />,
    ready: () => loadedArticles.has(slug),
  };
}

function ListPage() {
  renders += 1;
  const [draft, setDraft] = useState("");
  return (
    <section aria-label="list">
      <PageHead>
        <title>Front page</title>
      </PageHead>
      <h1>Latest stories</h1>
      <input aria-label="note" value={draft} onChange={(event) => setDraft(event.target.value)} />
    </section>
  );
}

function SearchPage() {
  const [params] = useSearchParams();
  const [mountedWith] = useState(params.get("q"));
  return (
    <>
      <PageHead>
        <title>{`Search for ${params.get("q")}`}</title>
      </PageHead>
      <h1>{`Results for ${params.get("q")}, first typed ${mountedWith}`}</h1>
    </>
  );
}

function setUp({ withPrerender = false } = {}) {
  renders = 0;
  articleRenders.clear();
  loadedArticles = new Set(["one", "two"]);
  const router = createMemoryRouter([
    {
      path: "/",
      element: <OutletKeepingPreviousPage prerender={withPrerender ? prerender : undefined} />,
      children: [
        { index: true, element: <ListPage /> },
        {
          id: "article",
          path: "article/:slug",
          element: withPrerender ? <RoutedArticle /> : <h1>An article</h1>,
        },
        { path: "search", element: <SearchPage /> },
      ],
    },
  ]);
  render(<RouterProvider router={router} />);
  return router;
}

/**
 * Kept behind the page on screen: laid out but not drawn, and inert. jsdom knows neither
 * `content-visibility` nor `inert`, so this reads the two off the element (the end-to-end tests see
 * what a browser does with them).
 */
function isKeptBehind(element: HTMLElement): boolean {
  const kept = element.closest<HTMLElement>("[inert]");
  return kept !== null && kept.style.contentVisibility === "hidden";
}

/** Headings on screen: neither hidden by <Activity> (display: none) nor kept behind. */
const visibleHeadings = () =>
  screen
    .queryAllByRole("heading", { level: 1 })
    .filter((heading) => !isKeptBehind(heading))
    .map((heading) => heading.textContent);
/** Headings in the document, shown or hidden. */
const mountedHeadings = () =>
  screen.queryAllByRole("heading", { level: 1, hidden: true }).map((heading) => heading.textContent);

/** A heading by its text, shown or hidden (a hidden element has no accessible name). */
function mountedHeading(text: string): HTMLElement {
  const heading = screen
    .getAllByRole("heading", { level: 1, hidden: true })
    .find((element) => element.textContent === text);
  if (!heading) throw new Error(`No heading "${text}" in the document`);
  return heading;
}

afterEach(() => {
  act(() => forgetIntendedPage());
});

describe("OutletKeepingPreviousPage", () => {
  it("keeps the page just left mounted and hidden, and Back shows that same page without rendering it", async () => {
    const router = setUp();
    const list = screen.getByRole("region", { name: "list" });
    const note = screen.getByRole("textbox", { name: "note" });
    fireEvent.change(note, { target: { value: "read later" } });
    await act(() => router.navigate("/article/one"));
    expect(visibleHeadings()).toEqual(["An article"]);
    // Still in the document, out of sight and out of the accessibility tree.
    expect(list.isConnected).toBe(true);
    expect(isKeptBehind(list)).toBe(true);
    // Its title is out of the head: the tab names the page on screen.
    expect(document.title).toBe("");

    const rendersBeforeBack = renders;
    await act(() => router.navigate(-1));
    expect(visibleHeadings()).toEqual(["Latest stories"]);
    expect(screen.getByRole("region", { name: "list" })).toBe(list);
    expect(isKeptBehind(list)).toBe(false);
    expect(list).toBeVisible();
    expect(note).toHaveValue("read later");
    expect(document.title).toBe("Front page");
    expect(renders).toBe(rendersBeforeBack);
  });

  it("gives the page kept behind its own address, so it neither renders nor acts on the next page's", async () => {
    const router = setUp();
    await act(() => router.navigate("/search?q=ai"));
    expect(document.title).toBe("Search for ai");
    await act(() => router.navigate("/article/one"));
    expect(mountedHeadings().sort()).toEqual(["An article", "Results for ai, first typed ai"]);
    expect(document.title).toBe("");
    await act(() => router.navigate(-1));
    expect(visibleHeadings()).toEqual(["Results for ai, first typed ai"]);
    expect(document.title).toBe("Search for ai");
  });

  it("keeps one page only, and not one of the same kind as the new page", async () => {
    const router = setUp();
    const list = screen.getByRole("region", { name: "list" });
    await act(() => router.navigate("/article/one"));
    await act(() => router.navigate("/article/two"));
    expect(list.isConnected).toBe(false);
    // Two articles would share their element ids: the first is not kept behind the second.
    expect(screen.getAllByRole("heading", { level: 1, hidden: true })).toHaveLength(1);
    await act(() => router.navigate(-1));
    await act(() => router.navigate(-1));
    // Too far back to be kept: rendered anew.
    expect(screen.getByRole("region", { name: "list" })).not.toBe(list);
  });

  it("renders a replaced entry in place: the page keeps its state as its address changes", async () => {
    const router = setUp();
    await act(() => router.navigate("/search?q=ai"));
    await act(() => router.navigate("/search?q=ai+models", { replace: true }));
    expect(visibleHeadings()).toEqual(["Results for ai models, first typed ai"]);
  });

  describe("the page the reader reached for, rendered ahead", () => {
    it("is mounted hidden, and the click shows that same page without rendering it again", async () => {
      const router = setUp({ withPrerender: true });
      const list = screen.getByRole("region", { name: "list" });
      await act(async () => intendPage("/article/one"));
      const ahead = mountedHeading("Article one");
      expect(ahead).not.toBeVisible();
      expect(visibleHeadings()).toEqual(["Latest stories"]);
      expect(articleRenders.get("one")).toBe(1);

      await act(() => router.navigate("/article/one"));
      expect(visibleHeadings()).toEqual(["Article one"]);
      expect(screen.getByRole("heading", { name: "Article one" })).toBe(ahead);
      expect(articleRenders.get("one")).toBe(1);
      // The list is kept behind it, as after any click.
      expect(isKeptBehind(list)).toBe(true);
      await act(() => router.navigate(-1));
      expect(screen.getByRole("region", { name: "list" })).toBe(list);
      // The intent was spent: the article is kept behind the list, not rendered ahead again.
      expect(mountedHeadings().sort()).toEqual(["Article one", "Latest stories"]);
      expect(articleRenders.get("one")).toBe(1);
    });

    it("goes when the reader opens another page, which the route renders", async () => {
      const router = setUp({ withPrerender: true });
      await act(async () => intendPage("/article/one"));
      const ahead = mountedHeading("Article one");
      await act(() => router.navigate("/article/two"));
      expect(ahead.isConnected).toBe(false);
      expect(mountedHeadings().sort()).toEqual(["Article two", "Latest stories"]);
    });

    it("is not rendered beside the next page, when the reader went elsewhere", async () => {
      const router = setUp({ withPrerender: true });
      await act(async () => intendPage("/article/one"));
      await act(() => router.navigate("/search?q=ai"));
      expect(mountedHeadings().sort()).toEqual(["Latest stories", "Results for ai, first typed ai"]);
    });

    it("is not shown before its data is in: the route renders the page (and its error, if any)", async () => {
      const router = setUp({ withPrerender: true });
      await act(async () => intendPage("/article/three"));
      const ahead = mountedHeading("Article three");
      await act(() => router.navigate("/article/three"));
      expect(visibleHeadings()).toEqual(["Article three"]);
      expect(screen.getByRole("heading", { name: "Article three" })).not.toBe(ahead);
      expect(ahead.isConnected).toBe(false);
    });

    it("is never one of the visible page's kind, and replaces a kept page of its own kind", async () => {
      const router = setUp({ withPrerender: true });
      await act(() => router.navigate("/article/one"));
      // Beside an article, another article would share its element ids.
      await act(async () => intendPage("/article/two"));
      expect(mountedHeadings().sort()).toEqual(["Article one", "Latest stories"]);

      await act(() => router.navigate(-1));
      await act(async () => intendPage("/article/two"));
      expect(mountedHeadings().sort()).toEqual(["Article two", "Latest stories"]);
      expect(visibleHeadings()).toEqual(["Latest stories"]);
    });
  });
});

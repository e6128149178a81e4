import { act, fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { createMemoryRouter, RouterProvider, useSearchParams } from "react-router";
import { describe, expect, it } from "vitest";
import { OutletKeepingPreviousPage } from "./outlet-keeping-previous-page";

let renders = 0;

function ListPage() {
  renders += 1;
  const [draft, setDraft] = useState("");
  return (
    <section aria-label="list">
      <h1>Latest stories</h1>
      <input aria-label="note" value={draft} onChange={(event) => setDraft(event.target.value)} />
    </section>
  );
}

function SearchPage() {
  const [params] = useSearchParams();
  const [mountedWith] = useState(params.get("q"));
  return <h1>{`Results for ${params.get("q")}, first typed ${mountedWith}`}</h1>;
}

function setUp() {
  renders = 0;
  const router = createMemoryRouter([
    {
      path: "/",
      element: <OutletKeepingPreviousPage />,
      children: [
        { index: true, element: <ListPage /> },
        { path: "article/:slug", element: <h1>An article</h1> },
        { path: "search", element: <SearchPage /> },
      ],
    },
  ]);
  render(<RouterProvider router={router} />);
  return router;
}

const visibleHeadings = () =>
  screen.queryAllByRole("heading", { level: 1 }).map((heading) => heading.textContent);

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
    expect(list).not.toBeVisible();

    const rendersBeforeBack = renders;
    await act(() => router.navigate(-1));
    expect(visibleHeadings()).toEqual(["Latest stories"]);
    expect(screen.getByRole("region", { name: "list" })).toBe(list);
    expect(list).toBeVisible();
    expect(note).toHaveValue("read later");
    expect(renders).toBe(rendersBeforeBack);
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
});

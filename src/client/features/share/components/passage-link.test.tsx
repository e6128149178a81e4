import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createMemoryRouter, Link, RouterProvider } from "react-router";
import { beforeEach, expect, it, vi } from "vitest";
import { textFragmentUrl } from "../utils/text-fragment";
import { PassageLink } from "./passage-link";

const PAGE_URL = "https://broadsheet.example/article/layers";

function Article() {
  return (
    <>
      <div id="article-text">
        <p>1) The base layer is expensive to build and cheap to copy.</p>
        <p>2) The middle is where the fight about composability happens, every single year.</p>
      </div>
      <PassageLink containerId="article-text" pageUrl={PAGE_URL} />
      <Link to="/article/layers#:~:text=the%20fight%20about%20composability">quoted link</Link>
    </>
  );
}

beforeEach(() => {
  Element.prototype.scrollIntoView = vi.fn();
  window.matchMedia = vi.fn().mockReturnValue({ matches: true }) as unknown as typeof window.matchMedia;
});

it("builds text-fragment links with the spec's encoding", () => {
  expect(textFragmentUrl(`${PAGE_URL}#old`, "cheap to copy.")).toBe(`${PAGE_URL}#:~:text=cheap%20to%20copy.`);
  expect(textFragmentUrl(PAGE_URL, "one-two, three & four five six seven eight nine ten")).toBe(
    `${PAGE_URL}#:~:text=one%2Dtwo%2C%20three%20%26%20four,seven%20eight%20nine%20ten`,
  );
});

it("selects and scrolls to a quoted passage when the app navigates to its link", async () => {
  const router = createMemoryRouter([{ path: "/article/layers", Component: Article }], {
    initialEntries: ["/article/layers"],
  });
  render(<RouterProvider router={router} />);
  await userEvent.click(screen.getByRole("link", { name: "quoted link" }));
  expect(document.getSelection()?.toString()).toBe("the fight about composability");
  expect(Element.prototype.scrollIntoView).toHaveBeenCalled();
});

it("offers a link to a passage the reader selects", async () => {
  const router = createMemoryRouter([{ path: "/article/layers", Component: Article }], {
    initialEntries: ["/article/layers"],
  });
  render(<RouterProvider router={router} />);
  const paragraph = screen.getByText(/The base layer is expensive/);
  const range = document.createRange();
  range.selectNodeContents(paragraph);
  document.getSelection()?.removeAllRanges();
  document.getSelection()?.addRange(range);
  document.dispatchEvent(new Event("selectionchange"));
  expect(await screen.findByRole("button", { name: "Copy link to this passage" })).toBeInTheDocument();
});

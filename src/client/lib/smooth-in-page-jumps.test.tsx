import { fireEvent, render } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { useSmoothInPageJumps } from "./smooth-in-page-jumps";

function Page() {
  useSmoothInPageJumps();
  return (
    <>
      <a href="#main">Skip to content</a>
      <main id="main">
        <a href="#section-2">2. The second part</a>
        <a href="/article/elsewhere">Another story</a>
        <h2 id="section-2">The second part</h2>
      </main>
    </>
  );
}

const smooth = () => document.documentElement.dataset.smoothScroll !== undefined;

describe("useSmoothInPageJumps", () => {
  afterEach(() => vi.useRealTimers());

  it("makes scrolling smooth for a jump within the page, and only until the jump is over", () => {
    vi.useFakeTimers();
    const { getByText } = render(<Page />);
    fireEvent.click(getByText("2. The second part"));
    expect(smooth()).toBe(true);
    fireEvent(document, new Event("scrollend"));
    expect(smooth()).toBe(false);

    fireEvent.click(getByText("2. The second part"));
    vi.advanceTimersByTime(2000);
    expect(smooth()).toBe(false);
  });

  it("leaves every other scroll instant: links to other pages and the skip link", () => {
    const { getByText, unmount } = render(<Page />);
    fireEvent.click(getByText("Another story"));
    expect(smooth()).toBe(false);
    fireEvent.click(getByText("Skip to content"));
    expect(smooth()).toBe(false);
    unmount();
  });
});

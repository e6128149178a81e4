import { act, fireEvent, render, screen } from "@testing-library/react";
import { createMemoryRouter, RouterProvider } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { RouteCodePreloaderProvider } from "../lib/route-code-preloader";
import { IntentLink } from "./intent-link";

/** IntersectionObservers and idle callbacks under the test's control (jsdom has neither). */
class FakeObserver {
  static all: FakeObserver[] = [];
  connected = true;
  constructor(readonly callback: IntersectionObserverCallback) {
    FakeObserver.all.push(this);
  }
  observe() {}
  disconnect() {
    this.connected = false;
  }
  report(isIntersecting: boolean) {
    if (!this.connected) return;
    this.callback([{ isIntersecting } as IntersectionObserverEntry], this as unknown as IntersectionObserver);
  }
}
let idleTasks = new Map<number, () => void>();
let nextHandle = 1;
/** Past the time a link must stay in view, then the idle tasks that were waiting. */
function runIdleTasks() {
  act(() => {
    vi.advanceTimersByTime(1000);
  });
  const tasks = [...idleTasks.values()];
  idleTasks = new Map();
  act(() => {
    for (const task of tasks) task();
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  FakeObserver.all = [];
  idleTasks = new Map();
  vi.stubGlobal("IntersectionObserver", FakeObserver);
  vi.stubGlobal("requestIdleCallback", (task: () => void) => {
    const handle = nextHandle++;
    idleTasks.set(handle, task);
    return handle;
  });
  vi.stubGlobal("cancelIdleCallback", (handle: number) => idleTasks.delete(handle));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function renderLink(onIntent: () => void, prefetchInView = true) {
  const router = createMemoryRouter([
    {
      path: "/",
      element: (
        <IntentLink to="/article/next" onIntent={onIntent} prefetchInView={prefetchInView}>
          Next story
        </IntentLink>
      ),
    },
  ]);
  const view = render(<RouterProvider router={router} />);
  const observer = FakeObserver.all.at(-1);
  return { ...view, observer };
}

describe("IntentLink", () => {
  it("fetches a link seen in the viewport once the browser is idle, and only once", () => {
    const onIntent = vi.fn();
    const { observer } = renderLink(onIntent);
    act(() => observer?.report(true));
    expect(onIntent).not.toHaveBeenCalled();
    runIdleTasks();
    expect(onIntent).toHaveBeenCalledTimes(1);
    act(() => observer?.report(true));
    runIdleTasks();
    fireEvent.pointerMove(screen.getByRole("link", { name: "Next story" }), { pointerType: "mouse" });
    expect(onIntent).toHaveBeenCalledTimes(1);
  });

  it("does not fetch a link that only passed through the viewport", () => {
    const onIntent = vi.fn();
    const { observer } = renderLink(onIntent);
    act(() => observer?.report(true));
    act(() => {
      vi.advanceTimersByTime(100);
    });
    act(() => observer?.report(false));
    runIdleTasks();
    expect(onIntent).not.toHaveBeenCalled();
  });

  it("does not fetch a link that left the viewport before the browser was idle", () => {
    const onIntent = vi.fn();
    const { observer } = renderLink(onIntent);
    act(() => {
      observer?.report(true);
      observer?.report(false);
    });
    runIdleTasks();
    expect(onIntent).not.toHaveBeenCalled();
    act(() => observer?.report(true));
    runIdleTasks();
    expect(onIntent).toHaveBeenCalledTimes(1);
  });

  it("does not fetch a link whose page went away before the browser was idle", () => {
    const onIntent = vi.fn();
    const { observer, unmount } = renderLink(onIntent);
    act(() => observer?.report(true));
    unmount();
    runIdleTasks();
    expect(onIntent).not.toHaveBeenCalled();
  });

  it.each([
    [
      "a pointer moving over it",
      (link: HTMLElement) => fireEvent.pointerMove(link, { pointerType: "mouse" }),
    ],
    ["keyboard focus", (link: HTMLElement) => fireEvent.focus(link)],
    ["a touch", (link: HTMLElement) => fireEvent.touchStart(link)],
  ])("fetches at once on %s, in view or not", (_name, interact) => {
    const onIntent = vi.fn();
    renderLink(onIntent, false);
    expect(FakeObserver.all).toHaveLength(0);
    interact(screen.getByRole("link", { name: "Next story" }));
    expect(onIntent).toHaveBeenCalledTimes(1);
  });

  it("does not fetch for a pointer that rests while the page scrolls under it (it enters, never moves)", () => {
    const onIntent = vi.fn();
    renderLink(onIntent, false);
    const link = screen.getByRole("link", { name: "Next story" });
    fireEvent.pointerOver(link, { pointerType: "mouse" });
    fireEvent.mouseOver(link);
    fireEvent.mouseEnter(link);
    expect(onIntent).not.toHaveBeenCalled();
  });

  it("asks for the page to be rendered ahead when a pointer or the keyboard reaches for it, not on a touch, and again each time it comes back", () => {
    const preload = vi.fn();
    const router = createMemoryRouter([
      {
        path: "/",
        element: (
          <RouteCodePreloaderProvider value={preload}>
            <IntentLink to="/article/next" onIntent={() => {}}>
              Next story
            </IntentLink>
          </RouteCodePreloaderProvider>
        ),
      },
    ]);
    render(<RouterProvider router={router} />);
    const link = screen.getByRole("link", { name: "Next story" });

    fireEvent.touchStart(link);
    expect(preload).toHaveBeenLastCalledWith("/article/next", { prerender: false });

    fireEvent.pointerMove(link, { pointerType: "mouse" });
    fireEvent.pointerMove(link, { pointerType: "mouse" });
    expect(preload).toHaveBeenCalledTimes(2);
    expect(preload).toHaveBeenLastCalledWith("/article/next", { prerender: true });

    // Another link was reached for in between: coming back asks again.
    fireEvent.pointerLeave(link, { pointerType: "mouse" });
    fireEvent.pointerMove(link, { pointerType: "mouse" });
    expect(preload).toHaveBeenCalledTimes(3);
    fireEvent.blur(link);
    fireEvent.focus(link);
    expect(preload).toHaveBeenCalledTimes(4);
    expect(preload).toHaveBeenLastCalledWith("/article/next", { prerender: true });
  });
});

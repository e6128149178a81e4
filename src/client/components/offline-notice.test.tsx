import { act, render, screen } from "@testing-library/react";
import { afterEach, expect, it, vi } from "vitest";
import { OfflineNotice } from "./offline-notice";

afterEach(() => vi.restoreAllMocks());

it("tells the reader when the connection drops, and clears when it returns", () => {
  const onLine = vi.spyOn(navigator, "onLine", "get").mockReturnValue(true);
  render(<OfflineNotice />);
  const status = screen.getByRole("status");
  expect(status).toBeEmptyDOMElement();

  onLine.mockReturnValue(false);
  act(() => window.dispatchEvent(new Event("offline")));
  expect(status).toHaveTextContent("You're offline.");

  onLine.mockReturnValue(true);
  act(() => window.dispatchEvent(new Event("online")));
  expect(status).toBeEmptyDOMElement();
});

import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { NetworkError, ProblemError } from "../lib/api-client";
import { ErrorPanel } from "./error-panel";

describe("ErrorPanel", () => {
  it("explains a server failure in plain words and retries on request", async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    const error = new ProblemError({
      type: "/problems/internal",
      title: "Internal",
      status: 500,
      detail: "x",
    });
    render(<ErrorPanel error={error} onRetry={onRetry} />);

    expect(screen.getByRole("alert")).toHaveTextContent("Something went wrong on our side");
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it("tells an offline reader to check the connection", () => {
    render(<ErrorPanel error={new NetworkError(new TypeError("fetch failed"))} />);
    expect(screen.getByRole("heading", { name: "You seem to be offline" })).toBeInTheDocument();
    expect(screen.queryByRole("button")).not.toBeInTheDocument();
  });
});

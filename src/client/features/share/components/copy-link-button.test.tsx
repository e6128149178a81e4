import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { CopyLinkButton } from "./copy-link-button";

describe("CopyLinkButton", () => {
  it("copies the link and says so in a polite live region", async () => {
    const user = userEvent.setup();
    render(<CopyLinkButton url="https://broadsheet.example/article/a?b=c d" />);

    const status = screen.getByRole("status");
    expect(status).toHaveAttribute("aria-live", "polite");
    expect(status).toBeEmptyDOMElement();

    await user.click(screen.getByRole("button", { name: "Copy link" }));
    expect(await screen.findByText("Link copied to clipboard.")).toBe(status);
    expect(await navigator.clipboard.readText()).toBe("https://broadsheet.example/article/a?b=c d");
  });

  it("gives a compact button an explicit name, e.g. for a section", async () => {
    const user = userEvent.setup();
    render(<CopyLinkButton compact url="https://x.example/a#s-1" label="Copy link to the section One" />);
    await user.click(screen.getByRole("button", { name: "Copy link to the section One" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Link copied to clipboard.");
  });
});

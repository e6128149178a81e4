import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ShareBar } from "./share-bar";

const url = "https://broadsheet.example/article/who-owns-the-middle?ref=a b#section-2";
const title = 'Who Owns the Middle? AI & Crypto: 100% "layers"';

function hrefOf(name: RegExp): URL {
  return new URL(screen.getByRole("link", { name }).getAttribute("href") ?? "");
}

describe("ShareBar", () => {
  it("offers every network and copy-link, each with a name", () => {
    render(<ShareBar url={url} title={title} />);
    const list = screen.getByRole("list", { name: "Share this article" });
    for (const name of ["X", "Facebook", "LinkedIn", "Reddit", "Telegram", "WhatsApp"]) {
      expect(
        within(list).getByRole("link", { name: `Share on ${name} (opens in a new tab)` }),
      ).toHaveAttribute("rel", "noopener noreferrer");
    }
    expect(within(list).getByRole("link", { name: "Share by email" })).not.toHaveAttribute("target");
    expect(within(list).getByRole("button", { name: "Copy link" })).toBeInTheDocument();
  });

  it("URL-encodes the title and URL so special characters survive", () => {
    render(<ShareBar url={url} title={title} />);
    const encodedUrl = encodeURIComponent(url);
    const encodedTitle = encodeURIComponent(title);

    const x = screen.getByRole("link", { name: /on X/ }).getAttribute("href");
    expect(x).toBe(`https://x.com/intent/post?text=${encodedTitle}&url=${encodedUrl}`);
    expect(hrefOf(/on X/).searchParams.get("url")).toBe(url);
    expect(hrefOf(/on X/).searchParams.get("text")).toBe(title);

    expect(hrefOf(/Facebook/).searchParams.get("u")).toBe(url);
    expect(hrefOf(/LinkedIn/).searchParams.get("url")).toBe(url);
    expect(hrefOf(/Reddit/).searchParams.get("title")).toBe(title);
    expect(hrefOf(/Telegram/).searchParams.get("url")).toBe(url);
    expect(hrefOf(/WhatsApp/).searchParams.get("text")).toBe(`${title} ${url}`);

    // mailto wants %20, not "+", for spaces.
    const email = screen.getByRole("link", { name: "Share by email" }).getAttribute("href") ?? "";
    expect(email).toBe(`mailto:?subject=${encodedTitle}&body=${encodeURIComponent(`${title}\n\n${url}`)}`);
    expect(email).not.toContain("+");
  });

  describe("the system share sheet", () => {
    afterEach(() => {
      Reflect.deleteProperty(navigator, "share");
    });

    it("is offered where the browser has one, with the article's address and title", async () => {
      const share = vi.fn().mockResolvedValue(undefined);
      Object.defineProperty(navigator, "share", { value: share, configurable: true });
      render(<ShareBar url={url} title={title} text="The standfirst" />);
      await userEvent.click(await screen.findByRole("button", { name: "Share…" }));
      expect(share).toHaveBeenCalledWith({ url, title, text: "The standfirst" });
    });

    it("is not offered where the browser has none", async () => {
      render(<ShareBar url={url} title={title} />);
      await screen.findByRole("button", { name: "Copy link" });
      expect(screen.queryByRole("button", { name: "Share…" })).toBeNull();
    });
  });
});

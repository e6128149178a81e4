import { act, render, screen } from "@testing-library/react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RenderAfterPaint } from "./render-after-paint";

function Page() {
  return (
    <main>
      <h1>Headline</h1>
      <RenderAfterPaint>
        <aside>Related reading</aside>
      </RenderAfterPaint>
    </main>
  );
}

describe("RenderAfterPaint", () => {
  it("on a page opened in the app, renders its children after the rest has been painted", async () => {
    render(<Page />);
    expect(screen.getByRole("heading", { name: "Headline" })).toBeInTheDocument();
    expect(screen.queryByText("Related reading")).not.toBeInTheDocument();
    expect(await screen.findByText("Related reading")).toBeInTheDocument();
  });

  it("is in the server's page, and hydrates with it at once", async () => {
    const html = renderToString(<Page />);
    expect(html).toContain("Related reading");
    const container = document.createElement("div");
    container.innerHTML = html;
    document.body.append(container);
    const aside = container.querySelector("aside");
    // A hydration mismatch would be a console.error, which fails the test.
    const root = await act(async () => hydrateRoot(container, <Page />));
    expect(container.querySelector("aside")).toBe(aside);
    await act(async () => root.unmount());
    container.remove();
  });
});

import { useEffect, useRef, useState } from "react";
import { useLocation } from "react-router";
import { LineIcon } from "../../../components/line-icon";
import { findTextFragment, parseTextFragment, textFragmentUrl } from "../utils/text-fragment";
import { CopyLinkButton } from "./copy-link-button";

type PassageLinkProps = {
  /** The element holding the article text. */
  containerId: string;
  pageUrl: string;
};

/**
 * Quoting made shareable: select a passage of the article and a "Copy link to this passage" bar
 * appears, with a URL text fragment that opens the page scrolled to that passage. Following such a
 * link inside the app (no page load, so the browser does not) selects and scrolls to it here.
 */
export function PassageLink({ containerId, pageUrl }: PassageLinkProps) {
  const [quote, setQuote] = useState("");
  const location = useLocation();
  const lastHandled = useRef<string | null>(null);

  useEffect(() => {
    const onSelectionChange = () => {
      const selection = document.getSelection();
      const container = document.getElementById(containerId);
      const text = selection?.toString().trim() ?? "";
      const inside =
        !!selection &&
        selection.rangeCount > 0 &&
        !!container &&
        container.contains(selection.getRangeAt(0).commonAncestorContainer);
      // Keep the bar while focus moves to its own button (the selection then collapses).
      if (inside && text.length >= 3) setQuote(text);
    };
    document.addEventListener("selectionchange", onSelectionChange);
    return () => document.removeEventListener("selectionchange", onSelectionChange);
  }, [containerId]);

  useEffect(() => {
    const fragment = parseTextFragment(location.hash);
    const key = `${location.key}${location.hash}`;
    if (!fragment || lastHandled.current === key) return;
    lastHandled.current = key;
    const container = document.getElementById(containerId);
    const range = container ? findTextFragment(container, fragment) : null;
    if (!range) return;
    const selection = document.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    const target = range.startContainer.parentElement;
    const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    target?.scrollIntoView({ block: "center", behavior: reduceMotion ? "auto" : "smooth" });
  }, [location.hash, location.key, containerId]);

  if (!quote) return null;
  return (
    <div className="fixed inset-x-0 bottom-0 z-40 border-t border-rule bg-paper/95 px-4 py-3 shadow-lg backdrop-blur sm:inset-x-auto sm:right-6 sm:bottom-6 sm:rounded-full sm:border">
      <div className="flex items-center gap-3">
        <p className="max-w-[16rem] truncate font-sans text-sm text-muted">
          “{quote.length > 60 ? `${quote.slice(0, 57)}…` : quote}”
        </p>
        <CopyLinkButton url={textFragmentUrl(pageUrl, quote)} label="Copy link to this passage" />
        <button
          type="button"
          onClick={() => setQuote("")}
          aria-label="Close the passage link"
          className="inline-flex size-11 cursor-pointer items-center justify-center rounded-full text-muted hover:bg-sunken hover:text-ink"
        >
          <LineIcon>
            <path d="M6 6l12 12M18 6L6 18" />
          </LineIcon>
        </button>
      </div>
    </div>
  );
}

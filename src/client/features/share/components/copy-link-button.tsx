import { useEffect, useRef, useState } from "react";
import { cn } from "../../../lib/cn";
import { ShareIcon } from "./share-icon";

type CopyLinkButtonProps = {
  url: string;
  /** Accessible name; the visible text is "Copy link" (or only the icon when compact). */
  label?: string;
  compact?: boolean;
  className?: string;
};

const MESSAGE_MS = 4000;

/**
 * Copies a URL to the clipboard and confirms it in a polite live region, so screen-reader users
 * hear the result without losing their place. The region exists before the message arrives, as
 * some screen readers ignore regions that appear together with their text.
 */
export function CopyLinkButton({
  url,
  label = "Copy link",
  compact = false,
  className,
}: CopyLinkButtonProps) {
  const [message, setMessage] = useState("");
  const [copied, setCopied] = useState(false);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const copy = async () => {
    window.clearTimeout(timer.current);
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
      setMessage("Link copied to clipboard.");
    } catch {
      setCopied(false);
      setMessage(`Couldn't copy automatically. The link is ${url}`);
    }
    timer.current = window.setTimeout(() => {
      setCopied(false);
      setMessage("");
    }, MESSAGE_MS);
  };

  return (
    <span className={cn("relative inline-flex", className)}>
      <button
        type="button"
        onClick={() => void copy()}
        aria-label={compact ? label : undefined}
        className={cn(
          "inline-flex min-h-11 min-w-11 cursor-pointer items-center justify-center gap-2 rounded-full border hover:bg-sunken",
          compact
            ? "size-11 border-transparent text-muted hover:text-ink"
            : "border-rule px-4 font-sans text-sm font-semibold text-ink hover:border-rule-strong",
        )}
      >
        <ShareIcon name={copied ? "check" : "link"} />
        {compact ? null : copied ? "Copied" : label}
      </button>
      <span
        role="status"
        aria-live="polite"
        className={cn(
          "pointer-events-none absolute top-full left-1/2 z-20 mt-2 w-max max-w-[16rem] -translate-x-1/2 rounded-md bg-ink px-3 py-1.5 font-sans text-xs font-medium text-paper shadow-lg empty:hidden",
        )}
      >
        {message}
      </span>
    </span>
  );
}

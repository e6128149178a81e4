import { useEffect, useState } from "react";
import { cn } from "../../../lib/cn";
import { ShareIcon } from "./share-icon";

type NativeShareButtonProps = { url: string; title: string; text?: string; className?: string };

/**
 * The system share sheet, where the browser has one (mostly phones). Detected after mount: the
 * server cannot know, and rendering it only in the browser keeps hydration consistent; the share
 * bar keeps room for it, so its arrival moves nothing.
 */
export function NativeShareButton({ url, title, text, className }: NativeShareButtonProps) {
  const [supported, setSupported] = useState(false);
  useEffect(() => setSupported(typeof navigator.share === "function"), []);
  if (!supported) return null;

  const share = async () => {
    try {
      await navigator.share({ url, title, text });
    } catch {
      // The reader closed the sheet (AbortError) or the platform refused: nothing to report.
    }
  };

  return (
    <button
      type="button"
      onClick={() => void share()}
      className={cn(
        "inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-full bg-ink px-5 font-sans text-sm font-semibold text-paper hover:bg-accent hover:text-accent-ink",
        className,
      )}
    >
      <ShareIcon name="share" />
      Share…
    </button>
  );
}

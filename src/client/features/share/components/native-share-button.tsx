import { useEffect, useState } from "react";
import { ShareIcon } from "./share-icon";

/**
 * The system share sheet (rendered as a list item of the share bar), where the browser has one (mostly phones). Detected after mount: the
 * server cannot know, and rendering it only in the browser keeps hydration consistent.
 */
export function NativeShareButton({ url, title, text }: { url: string; title: string; text?: string }) {
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
    <li className="mr-1">
      <button
        type="button"
        onClick={() => void share()}
        className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-full bg-ink px-5 font-sans text-sm font-semibold text-paper hover:bg-accent hover:text-accent-ink"
      >
        <ShareIcon name="share" />
        Share…
      </button>
    </li>
  );
}

import spriteUrl from "../assets/share-icons.svg?no-inline";
import type { ShareNetwork } from "../utils/share-targets";

type IconName = ShareNetwork | "link" | "share" | "check";

/**
 * Simple single-path marks, drawn in currentColor; names come from the surrounding control.
 *
 * The marks live in one cached SVG file that each icon references, not inline: their path data was
 * 1.3 KB of every article page's compressed HTML (gzip cannot shrink coordinates much), and the
 * page must fit the first TCP round trip (about 14 KB) for its text to paint without a second one.
 * The icons keep their size while the file arrives, so nothing moves.
 */
export function ShareIcon({ name, className = "size-5" }: { name: IconName; className?: string }) {
  return (
    <svg aria-hidden="true" focusable="false" className={className} fill="currentColor">
      <use href={`${spriteUrl}#${name}`} />
    </svg>
  );
}

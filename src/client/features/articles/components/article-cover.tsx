import { type CSSProperties, memo, type ReactElement } from "react";
import type { TopicRef } from "../../../../shared/schemas";
import { cn } from "../../../lib/cn";
import { topicHue } from "../../../lib/topic-hue";

/** FNV-1a: a tiny stable hash, so a slug always draws the same cover on server and client. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    value ^= text.charCodeAt(i);
    value = Math.imul(value, 0x01000193);
  }
  return value >>> 0;
}

/** mulberry32: a seeded generator for the shapes' positions. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const W = 160;
const H = 90;

/** A circle as path data: two half arcs, so any number of them share one element. */
function circlePath(cx: number, cy: number, r: number): string {
  return `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
}

/**
 * One of four drawings, each a handful of elements: repeated shapes (rings, bands, dots, rules)
 * share one path, because a list of cards keeps every cover in the DOM and the browser styles
 * and lays out each element again whenever the list is shown (Back to it included).
 */
function pattern(kind: number, random: () => number): ReactElement {
  const ink = "var(--cover-ink)";
  const soft = "var(--cover-soft)";
  const round = (n: number) => Math.round(n * 10) / 10;
  switch (kind) {
    case 0: {
      // Concentric arcs from a corner, like ripples.
      const cx = random() > 0.5 ? W : 0;
      const cy = random() > 0.5 ? H : 0;
      const rings = Array.from({ length: 9 }, (_, i) =>
        circlePath(cx, cy, 18 + i * 16 + round(random() * 4)),
      );
      return (
        <>
          <path d={rings.join("")} fill="none" stroke={ink} strokeWidth="1.4" opacity="0.85" />
          <circle
            cx={round(30 + random() * 100)}
            cy={round(20 + random() * 50)}
            r="9"
            fill={ink}
            opacity="0.85"
          />
        </>
      );
    }
    case 1: {
      // Horizon bands under a sun.
      const bands = Array.from({ length: 6 }, (_, i) => ({
        y: 52 + i * 7 + round(random() * 2),
        h: round(2 + i * 0.9),
      }));
      return (
        <>
          <circle
            cx={round(40 + random() * 80)}
            cy={round(40 + random() * 10)}
            r={round(16 + random() * 8)}
            fill={soft}
          />
          <path
            d={bands.map((band) => `M0 ${band.y}h${W}v${band.h}h${-W}z`).join("")}
            fill={ink}
            opacity="0.85"
          />
        </>
      );
    }
    case 2: {
      // A dot grid with one highlighted block: each dot a zero-length stroke with round caps.
      let dots = "";
      for (let x = 10; x < W; x += 12) {
        for (let y = 9; y < H; y += 12) dots += `M${x} ${y}h0`;
      }
      const bx = 10 + Math.floor(random() * 8) * 12;
      const by = 9 + Math.floor(random() * 4) * 12;
      return (
        <>
          <path d={dots} stroke={ink} strokeWidth="3" strokeLinecap="round" opacity="0.6" />
          <rect x={bx - 6} y={by - 6} width="36" height="36" fill={soft} />
          <rect x={bx + 6} y={by + 6} width="36" height="36" fill="none" stroke={ink} strokeWidth="1.4" />
        </>
      );
    }
    default: {
      // Diagonal rules crossed by a solid bar.
      const lines = Array.from({ length: 16 }, (_, i) => i * 14 - 60);
      const barY = round(20 + random() * 40);
      return (
        <>
          <path
            d={lines.map((x) => `M${x} ${H}L${x + H} 0`).join("")}
            stroke={ink}
            strokeWidth="1.2"
            opacity="0.5"
          />
          <rect x="0" y={barY} width={W} height="14" fill={soft} />
          <rect x={round(14 + random() * 90)} y={barY - 10} width="34" height="34" fill={ink} />
        </>
      );
    }
  }
}

type ArticleCoverProps = {
  slug: string;
  topics: TopicRef[];
  imageUrl: string | null;
  /** Above the fold (lead story, article page): load eagerly; everything else lazily. */
  priority?: boolean;
  className?: string;
};

/**
 * The article's picture: the publisher's image when there is one, otherwise a cover drawn from the
 * slug and tinted by topic. Either way the box has a fixed 16:9 ratio, so nothing moves when it loads.
 * Decorative (empty alt / aria-hidden): the title beside it already says what the article is.
 * Memoised: a list re-renders on every change of the router's state (a click's "loading" among
 * them) with the same props.
 */
export const ArticleCover = memo(function ArticleCover({
  slug,
  topics,
  imageUrl,
  priority = false,
  className,
}: ArticleCoverProps) {
  const seed = hash(slug);
  const hue = topicHue(topics[0]?.slug, seed % 360);
  const style = { "--cover-hue": String(hue) } as CSSProperties;

  if (imageUrl) {
    return (
      <img
        src={imageUrl}
        alt=""
        width={1600}
        height={900}
        loading={priority ? "eager" : "lazy"}
        decoding="async"
        className={cn("aspect-video h-auto w-full bg-sunken object-cover", className)}
      />
    );
  }
  return (
    <div className={cn("cover aspect-video w-full overflow-hidden", className)} style={style}>
      <svg
        aria-hidden="true"
        focusable="false"
        viewBox={`0 0 ${W} ${H}`}
        preserveAspectRatio="xMidYMid slice"
        className="block size-full"
      >
        <rect width={W} height={H} fill="var(--cover-bg)" />
        {pattern(seed % 4, seeded(seed))}
      </svg>
    </div>
  );
});

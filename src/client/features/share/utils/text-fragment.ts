/**
 * URL text fragments (https://wicg.github.io/scroll-to-text-fragment/): `#:~:text=start[,end]`
 * links to a quoted passage. Browsers follow them on a page load; a client-side navigation gets
 * the same behaviour from findTextFragment.
 */

const MAX_QUOTE_WORDS = 8;

/** The spec's own percent-encoding: also "-", "," and "&", which carry meaning in the directive. */
function encodePart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, "%2D").replace(/,/g, "%2C").replace(/&/g, "%26");
}

/** A link to a passage: short quotes whole, long ones by their first and last words. */
export function textFragmentUrl(pageUrl: string, quote: string): string {
  const words = quote.replace(/\s+/g, " ").trim().split(" ").filter(Boolean);
  const base = pageUrl.split("#")[0] ?? pageUrl;
  if (words.length === 0) return base;
  const directive =
    words.length <= MAX_QUOTE_WORDS
      ? encodePart(words.join(" "))
      : `${encodePart(words.slice(0, 4).join(" "))},${encodePart(words.slice(-4).join(" "))}`;
  return `${base}#:~:text=${directive}`;
}

/** The start and optional end of the first text directive in a hash, or null. */
export function parseTextFragment(hash: string): { start: string; end: string | null } | null {
  const match = /:~:text=([^&]+)/.exec(hash);
  if (!match?.[1]) return null;
  const parts = match[1].split(",").map((part) => {
    try {
      return decodeURIComponent(part);
    } catch {
      return part;
    }
  });
  // Prefix ("x-") and suffix ("-x") context terms narrow the match; the passage is what remains.
  const terms = parts.filter(
    (part, index) =>
      !(index === 0 && part.endsWith("-")) && !(index === parts.length - 1 && part.startsWith("-")),
  );
  const [start, end] = terms;
  return start ? { start, end: end ?? null } : null;
}

const normalise = (text: string) => text.replace(/\s+/g, " ").toLowerCase();

/** A Range over the passage inside `root`, or null when the text is not there. */
export function findTextFragment(
  root: Element,
  fragment: { start: string; end: string | null },
): Range | null {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: { node: Text; from: number }[] = [];
  let text = "";
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push({ node: node as Text, from: text.length });
    text += node.textContent ?? "";
  }
  const haystack = text.toLowerCase();
  const startAt = haystack.indexOf(normalise(fragment.start));
  if (startAt < 0) return null;
  let endAt = startAt + fragment.start.length;
  if (fragment.end) {
    const found = haystack.indexOf(normalise(fragment.end), endAt);
    if (found < 0) return null;
    endAt = found + fragment.end.length;
  }
  const locate = (offset: number) => {
    const entry = [...nodes].reverse().find((candidate) => candidate.from <= offset);
    return entry ? { node: entry.node, offset: offset - entry.from } : null;
  };
  const from = locate(startAt);
  const to = locate(endAt);
  if (!from || !to) return null;
  const range = root.ownerDocument.createRange();
  range.setStart(from.node, Math.min(from.offset, from.node.length));
  range.setEnd(to.node, Math.min(to.offset, to.node.length));
  return range;
}

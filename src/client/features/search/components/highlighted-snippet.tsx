import type { SnippetPart } from "../../../../shared/schemas";

/** Snippet text runs from the API; matches in <mark>. Plain text only: nothing here is parsed as HTML. */
export function HighlightedSnippet({ parts }: { parts: SnippetPart[] }) {
  return (
    <p className="font-serif text-base leading-relaxed text-muted">
      {parts.map((part, index) =>
        part.match ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: runs are positional and never reorder.
          <mark key={index} className="rounded-sm bg-mark px-0.5 text-ink">
            {part.text}
          </mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: runs are positional and never reorder.
          <span key={index}>{part.text}</span>
        ),
      )}
    </p>
  );
}

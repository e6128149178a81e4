import { appPaths } from "../../../../shared/paths";
import type { SearchHit } from "../../../../shared/schemas";
import { IntentLink } from "../../../components/intent-link";
import { RelativeTime } from "../../../components/relative-time";
import { formatReadingTime } from "../../../lib/format";
import { HighlightedSnippet } from "./highlighted-snippet";

export function SearchHitItem({ hit, onIntent }: { hit: SearchHit; onIntent: (slug: string) => void }) {
  return (
    <article className="group relative py-6">
      <p className="font-sans text-xs font-bold tracking-[0.12em] text-accent uppercase">{hit.source.name}</p>
      <h2 className="mt-1.5 font-serif text-xl leading-snug font-semibold text-ink sm:text-2xl">
        <IntentLink
          to={appPaths.article(hit.slug)}
          onIntent={() => onIntent(hit.slug)}
          className="decoration-accent decoration-2 underline-offset-4 after:absolute after:inset-0 after:content-[''] group-hover:underline focus-visible:underline"
        >
          {hit.title}
        </IntentLink>
      </h2>
      <div className="mt-2">
        <HighlightedSnippet
          parts={hit.snippet.length > 0 ? hit.snippet : [{ text: hit.excerpt, match: false }]}
        />
      </div>
      <p className="mt-2 font-sans text-sm text-muted">
        {hit.author ? `${hit.author} · ` : null}
        <RelativeTime iso={hit.publishedAt} /> · {formatReadingTime(hit.readingMinutes)}
      </p>
    </article>
  );
}

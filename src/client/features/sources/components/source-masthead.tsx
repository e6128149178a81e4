import type { Source } from "../../../../shared/schemas";
import { ExternalLink } from "../../../components/external-link";
import { formatCount } from "../../../lib/format";

/** A publisher's page header: its name as the page heading, how much we carry, and its own site. */
export function SourceMasthead({ source }: { source: Source }) {
  const host = new URL(source.url).host;
  return (
    <header className="border-b-4 border-double border-rule-strong pb-6">
      <p className="font-sans text-xs font-bold tracking-[0.12em] text-accent uppercase">Publisher</p>
      <h1 tabIndex={-1} className="mt-2 font-serif text-4xl font-bold text-ink sm:text-5xl">
        {source.name}
      </h1>
      <p className="mt-3 font-sans text-sm text-muted">
        {formatCount(source.articleCount, "article", "articles")} on Broadsheet ·{" "}
        <ExternalLink
          href={source.url}
          className="font-semibold text-accent underline underline-offset-2 hover:no-underline"
        >
          Visit {host}
        </ExternalLink>
      </p>
    </header>
  );
}

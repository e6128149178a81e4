import type { ReactNode } from "react";
import type { ArticleSection } from "../../../../shared/schemas";

type TableOfContentsProps = {
  sections: ArticleSection[];
  /** Per-section action supplied by the page, e.g. a copy-link button for that section. */
  renderAction?: (section: ArticleSection) => ReactNode;
};

/** A contents list earns its space on long essays and on any essay built from numbered sections. */
export function wantsTableOfContents(sections: ArticleSection[]): boolean {
  const numbered = sections.filter((section) => section.number !== undefined).length;
  return numbered >= 2 || sections.length >= 3;
}

/** Links to each section (deep-linkable by its id); numbered essays keep their numbers. */
export function TableOfContents({ sections, renderAction }: TableOfContentsProps) {
  return (
    <nav aria-labelledby="toc-heading" className="rounded-lg border border-rule bg-surface px-5 py-4">
      <h2 id="toc-heading" className="font-sans text-xs font-bold tracking-[0.12em] text-muted uppercase">
        In this article
      </h2>
      <ol className="mt-2 divide-y divide-rule">
        {sections.map((section, index) => (
          <li key={section.id} className="flex items-center gap-2">
            <a
              href={`#${section.id}`}
              className="flex min-h-11 flex-1 items-baseline gap-3 py-2 font-serif text-base leading-snug text-ink hover:text-accent"
            >
              <span
                aria-hidden="true"
                className="w-6 shrink-0 font-sans text-sm font-semibold text-accent tabular-nums"
              >
                {section.number ?? index + 1}
              </span>
              <span>{section.title}</span>
            </a>
            {renderAction?.(section)}
          </li>
        ))}
      </ol>
    </nav>
  );
}

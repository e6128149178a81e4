import type { ReactNode } from "react";

/** A section front's heading: kicker, the page's single h1, and a line about what is listed. */
export function ListHeading({
  kicker,
  title,
  children,
}: {
  kicker: string;
  title: string;
  children?: ReactNode;
}) {
  return (
    <header className="mb-8 border-b border-rule pb-5 sm:mb-10">
      <p className="font-sans text-xs font-bold tracking-[0.12em] text-accent uppercase">{kicker}</p>
      <h1 tabIndex={-1} className="mt-1.5 font-serif text-4xl font-bold tracking-tight text-ink sm:text-5xl">
        {title}
      </h1>
      {children ? <div className="mt-2 font-serif text-lg text-muted">{children}</div> : null}
    </header>
  );
}

import { Link } from "react-router";
import { appPaths } from "../../../shared/paths";
import { PageHead } from "./page-shown";

/** The 404 page: for unknown paths and for articles, topics or sources that do not exist. */
export function NotFoundView() {
  return (
    <div className="mx-auto max-w-2xl py-16 text-center sm:py-24">
      <PageHead>
        <title>Page not found · Broadsheet</title>
        <meta name="description" content="The page you asked for isn't on Broadsheet." />
      </PageHead>
      <p className="font-sans text-xs font-bold tracking-[0.12em] text-accent uppercase">Error 404</p>
      <h1 tabIndex={-1} className="mt-3 font-serif text-4xl font-bold text-balance text-ink sm:text-5xl">
        We couldn't find that page
      </h1>
      <p className="mt-5 font-serif text-lg leading-relaxed text-muted">
        The link may be broken, or the story may have been moved or removed by its publisher.
      </p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <Link
          to={appPaths.home()}
          className="inline-flex min-h-11 items-center rounded-full bg-ink px-6 font-sans text-sm font-semibold text-paper hover:bg-accent hover:text-accent-ink"
        >
          Go to the front page
        </Link>
        <Link
          to={appPaths.search()}
          className="inline-flex min-h-11 items-center rounded-full border border-rule-strong px-6 font-sans text-sm font-semibold text-ink hover:bg-sunken"
        >
          Search articles
        </Link>
      </div>
    </div>
  );
}

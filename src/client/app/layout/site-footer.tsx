import { Link } from "react-router";
import { appPaths } from "../../../shared/paths";
import { SourceDirectory } from "../../features/sources/components/source-directory";
import { Wordmark } from "./wordmark";

export function SiteFooter() {
  return (
    <footer className="mt-20 border-t-4 border-double border-rule-strong bg-sunken">
      <div className="mx-auto grid max-w-6xl gap-10 px-4 py-12 sm:px-6 md:grid-cols-3 lg:px-8">
        <div>
          <Wordmark className="text-3xl" />
          <p className="mt-3 max-w-xs font-serif text-base leading-relaxed text-muted">
            Independent writing from publishers we trust, always credited and linked to where it first
            appeared.
          </p>
        </div>
        <nav aria-labelledby="footer-sources">
          <h2
            id="footer-sources"
            className="font-sans text-xs font-bold tracking-[0.12em] text-ink uppercase"
          >
            Publishers
          </h2>
          <div className="mt-3">
            <SourceDirectory />
          </div>
        </nav>
        <div>
          <h2 className="font-sans text-xs font-bold tracking-[0.12em] text-ink uppercase">About</h2>
          <p className="mt-3 font-sans text-sm leading-relaxed text-muted">
            Articles are shown as their publishers wrote them; rights stay with the authors. Corrections and
            removal requests:{" "}
            <a className="text-ink underline underline-offset-2" href="mailto:corrections@broadsheet.example">
              corrections@broadsheet.example
            </a>
            .
          </p>
          <p className="mt-3 font-sans text-sm">
            <Link
              to={appPaths.search()}
              className="inline-flex min-h-11 items-center text-ink underline underline-offset-4"
            >
              Search the archive
            </Link>
          </p>
        </div>
      </div>
    </footer>
  );
}

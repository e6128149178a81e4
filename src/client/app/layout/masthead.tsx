import { Link } from "react-router";
import { appPaths } from "../../../shared/paths";
import { LineIcon } from "../../components/line-icon";
import { ThemeSwitch } from "../../components/theme-switch";
import { TopicNav } from "../../features/topics/components/topic-nav";
import { MastheadSearch } from "./masthead-search";
import { Wordmark } from "./wordmark";

function SearchIcon() {
  return (
    <LineIcon>
      <circle cx="11" cy="11" r="6.5" />
      <path strokeLinecap="round" d="m16 16 4.5 4.5" />
    </LineIcon>
  );
}

/** Wordmark, search and theme switch, then the topic row, closed by a newspaper's double rule. */
export function Masthead() {
  return (
    <header className="border-b-4 border-double border-rule-strong bg-paper">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 pt-3 sm:px-6 sm:pt-5 lg:px-8">
        <Wordmark className="text-[2rem] leading-none sm:text-5xl" />
        <div className="flex items-center gap-1 sm:gap-2">
          <div className="hidden md:block">
            <MastheadSearch />
          </div>
          <Link
            to={appPaths.search()}
            className="inline-flex size-11 items-center justify-center rounded-full text-ink hover:bg-sunken md:hidden"
          >
            <SearchIcon />
            <span className="sr-only">Search</span>
          </Link>
          <ThemeSwitch />
        </div>
      </div>
      <div className="mx-auto mt-2 max-w-6xl border-t border-rule px-4 sm:mt-4 sm:px-6 lg:px-8">
        <TopicNav />
      </div>
    </header>
  );
}

import type { QueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { type LoaderFunctionArgs, useSearchParams } from "react-router";
import { usePrefetchArticle } from "../../features/articles/api/use-prefetch-article";
import { searchQueryOptions } from "../../features/search/api/search-articles";
import { SearchField } from "../../features/search/components/search-field";
import { SearchResults } from "../../features/search/components/search-results";
import { useDebouncedValue } from "../../lib/use-debounced-value";
import { ListHeading } from "../layout/list-heading";
import { PageHead } from "../layout/page-shown";

/** Typing pauses this long before a request: long enough to skip most keystrokes, short enough to feel live. */
const SEARCH_DEBOUNCE_MS = 250;

export function searchLoader(queryClient: QueryClient) {
  return ({ request }: LoaderFunctionArgs) => {
    const q = new URL(request.url).searchParams.get("q")?.trim() ?? "";
    if (q) void queryClient.prefetchInfiniteQuery(searchQueryOptions(q));
    return null;
  };
}

/**
 * The URL is the source of truth: the box starts from ?q=, and each debounced change replaces the
 * history entry (typing is not navigation), so Back leaves search rather than replaying keystrokes.
 */
export function SearchRoute() {
  const [params, setParams] = useSearchParams();
  const urlQuery = params.get("q") ?? "";
  const [text, setText] = useState(urlQuery);
  const debounced = useDebouncedValue(text, SEARCH_DEBOUNCE_MS);
  const prefetchArticle = usePrefetchArticle();

  // What this page last put in the URL, to tell our own writes from Back/forward or a masthead search.
  const lastWritten = useRef(urlQuery);
  const lastDebounced = useRef(debounced);

  useEffect(() => {
    if (urlQuery === lastWritten.current) return;
    lastWritten.current = urlQuery;
    setText(urlQuery);
  }, [urlQuery]);

  useEffect(() => {
    if (debounced === lastDebounced.current) return;
    lastDebounced.current = debounced;
    const next = debounced.trim();
    if (next === lastWritten.current.trim()) return;
    lastWritten.current = next;
    setParams(next ? { q: next } : {}, { replace: true, preventScrollReset: true });
  }, [debounced, setParams]);

  const shown = urlQuery.trim();
  return (
    <>
      <PageHead>
        <title>{shown ? `“${shown}” · Search · Broadsheet` : "Search · Broadsheet"}</title>
        <meta name="description" content="Search every article on Broadsheet." />
      </PageHead>
      <div className="mx-auto max-w-3xl">
        <ListHeading kicker="Archive" title="Search" />
        {/* biome-ignore lint/a11y/useSemanticElements: <search> is unknown to Safari before 17 and to jsdom; the role is equivalent. */}
        <form
          role="search"
          aria-label="Articles"
          action="/search"
          method="get"
          onSubmit={(event) => {
            event.preventDefault();
            const next = text.trim();
            lastWritten.current = next;
            setParams(next ? { q: next } : {}, { replace: true, preventScrollReset: true });
          }}
        >
          <SearchField value={text} onChange={setText} />
        </form>
        <div className="mt-6">
          <SearchResults query={shown} onArticleIntent={prefetchArticle} />
        </div>
      </div>
    </>
  );
}

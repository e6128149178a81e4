import type { QueryClient } from "@tanstack/react-query";
import { articleListQueryOptions } from "../../features/articles/api/get-articles";
import { ArticleFeed } from "../../features/articles/components/article-feed";
import { ListHeading } from "../layout/list-heading";
import { PageHead } from "../layout/page-shown";

/**
 * Starts the first page without waiting, for the server, which renders the page once it has
 * arrived. The browser's routes have no loader here (router.tsx): the feed fetches as it renders,
 * its skeleton holding the layout until the list arrives.
 */
export function homeLoader(queryClient: QueryClient) {
  return () => {
    void queryClient.prefetchInfiniteQuery(articleListQueryOptions());
    return null;
  };
}

export function HomeRoute() {
  return (
    <>
      <PageHead>
        <title>Broadsheet · Independent writing, credited to its source</title>
        <meta
          name="description"
          content="The latest essays and reporting on AI, technology, crypto, policy, culture and science from independent publishers, each linked to its original."
        />
      </PageHead>
      <ListHeading kicker="Front page" title="Latest stories">
        New writing from independent publishers, newest first.
      </ListHeading>
      <ArticleFeed />
    </>
  );
}

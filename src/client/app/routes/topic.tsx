import { type QueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { data, type LoaderFunctionArgs, useParams } from "react-router";
import { articleListQueryOptions } from "../../features/articles/api/get-articles";
import { ArticleFeed } from "../../features/articles/components/article-feed";
import { topicListQueryOptions } from "../../features/topics/api/get-topics";
import { formatCount } from "../../lib/format";
import { ListHeading } from "../layout/list-heading";
import { PageHead } from "../layout/page-shown";

/** Waits for the (small, long-cached) topic list to know the name or answer 404; the feed streams in. */
export function topicLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const slug = params.slug ?? "";
    const topics = await queryClient.ensureQueryData(topicListQueryOptions());
    if (!topics.items.some((topic) => topic.slug === slug)) throw data(`No topic "${slug}"`, { status: 404 });
    void queryClient.prefetchInfiniteQuery(articleListQueryOptions({ topic: slug }));
    return null;
  };
}

export function TopicRoute() {
  const slug = useParams().slug ?? "";
  const { data: topics } = useSuspenseQuery(topicListQueryOptions());
  const topic = topics.items.find((item) => item.slug === slug);
  const name = topic?.name ?? slug;
  return (
    <>
      <PageHead>
        <title>{`${name} · Broadsheet`}</title>
        <meta
          name="description"
          content={`The latest writing about ${name} from independent publishers on Broadsheet.`}
        />
      </PageHead>
      <ListHeading kicker="Topic" title={name}>
        {topic ? `${formatCount(topic.articleCount, "story", "stories")}, newest first.` : null}
      </ListHeading>
      <ArticleFeed key={slug} filters={{ topic: slug }} emptyMessage={`No stories about ${name} yet.`} />
    </>
  );
}

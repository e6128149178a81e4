import { type QueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { data, type LoaderFunctionArgs, useParams } from "react-router";
import { articleListQueryOptions } from "../../features/articles/api/get-articles";
import { ArticleFeed } from "../../features/articles/components/article-feed";
import { sourceListQueryOptions } from "../../features/sources/api/get-sources";
import { SourceMasthead } from "../../features/sources/components/source-masthead";
import { PageHead } from "../layout/page-shown";

export function sourceLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const slug = params.slug ?? "";
    const sources = await queryClient.ensureQueryData(sourceListQueryOptions());
    if (!sources.items.some((source) => source.slug === slug))
      throw data(`No source "${slug}"`, { status: 404 });
    void queryClient.prefetchInfiniteQuery(articleListQueryOptions({ source: slug }));
    return null;
  };
}

export function SourceRoute() {
  const slug = useParams().slug ?? "";
  const { data: sources } = useSuspenseQuery(sourceListQueryOptions());
  const source = sources.items.find((item) => item.slug === slug);
  if (!source) throw data(`No source "${slug}"`, { status: 404 });
  return (
    <>
      <PageHead>
        <title>{`${source.name} · Broadsheet`}</title>
        <meta
          name="description"
          content={`Articles from ${source.name} on Broadsheet, each linked to its original.`}
        />
      </PageHead>
      <div className="mb-10">
        <SourceMasthead source={source} />
      </div>
      <ArticleFeed key={slug} filters={{ source: slug }} emptyMessage={`Nothing from ${source.name} yet.`} />
    </>
  );
}

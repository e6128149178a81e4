/**
 * Server rendering of a page's first paint with the same route modules, loaders and query options
 * the browser uses. The server (src/server/routes/pages.ts) calls renderPage for each page request;
 * the browser then hydrates the markup from the state this returns (see main.tsx).
 */
import { dehydrate } from "@tanstack/react-query";
import { StrictMode } from "react";
import { renderToReadableStream } from "react-dom/server";
import {
  createStaticHandler,
  createStaticRouter,
  isRouteErrorResponse,
  type StaticHandlerContext,
  StaticRouterProvider,
} from "react-router";
import type { PageSubject, RenderedPage, RenderPageOptions } from "../shared/page-render";
import { type HydrationState, withoutArticleBodies } from "./app/hydration-state";
import { AppProviders } from "./app/providers";
import { createQueryClient } from "./app/query-client";
import { appRoutes } from "./app/router";
import { articleQueryOptions } from "./features/articles/api/get-article";
import { sourceListQueryOptions } from "./features/sources/api/get-sources";
import { topicListQueryOptions } from "./features/topics/api/get-topics";
import { setApiTransport } from "./lib/api-client";

type QueryClient = ReturnType<typeof createQueryClient>;

function subjectOf(context: StaticHandlerContext, queryClient: QueryClient, url: URL): PageSubject {
  const errors = Object.values(context.errors ?? {});
  if (errors.length > 0) {
    return errors.some((error) => isRouteErrorResponse(error) && error.status === 404)
      ? { kind: "not-found" }
      : { kind: "error" };
  }
  const match = context.matches.at(-1);
  const slug = match?.params.slug ?? "";
  switch (match?.route.path) {
    case "article/:slug": {
      const article = queryClient.getQueryData(articleQueryOptions(slug).queryKey);
      return article ? { kind: "article", article } : { kind: "not-found" };
    }
    case "topic/:slug": {
      const topic = queryClient
        .getQueryData(topicListQueryOptions().queryKey)
        ?.items.find((item) => item.slug === slug);
      return topic ? { kind: "topic", topic: { slug: topic.slug, name: topic.name } } : { kind: "not-found" };
    }
    case "source/:slug": {
      const source = queryClient
        .getQueryData(sourceListQueryOptions().queryKey)
        ?.items.find((item) => item.slug === slug);
      return source
        ? { kind: "source", source: { slug: source.slug, name: source.name, url: source.url } }
        : { kind: "not-found" };
    }
    case "search":
      return { kind: "search", query: url.searchParams.get("q") ?? "" };
    case "*":
      return { kind: "not-found" };
    default:
      return { kind: "home" };
  }
}

/** Route errors travel as plain data; a 404 keeps the shape isRouteErrorResponse recognises. */
function serialisableErrors(errors: StaticHandlerContext["errors"]): HydrationState["router"]["errors"] {
  if (!errors) return null;
  return Object.fromEntries(
    Object.entries(errors).map(([routeId, error]) => [
      routeId,
      isRouteErrorResponse(error)
        ? { status: error.status, statusText: error.statusText, data: error.data, internal: false }
        : { status: 500, statusText: "Internal Server Error", data: null, internal: false },
    ]),
  );
}

/** Longest the server waits for data a loader started without awaiting (a list, the related items). */
const SETTLE_BUDGET_MS = 1_500;

/** Resolves when no query is fetching any more, or when the budget runs out. */
async function settled(queryClient: QueryClient): Promise<void> {
  const deadline = Date.now() + SETTLE_BUDGET_MS;
  while (queryClient.isFetching() > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

export async function renderPage(request: Request, options: RenderPageOptions): Promise<RenderedPage> {
  setApiTransport(options.fetchApi);
  const queryClient = createQueryClient();
  const handler = createStaticHandler(appRoutes(queryClient, "server"));
  // The masthead's topics and the footer's sources are on every page: render them with it.
  const shellData = Promise.allSettled([
    queryClient.prefetchQuery(topicListQueryOptions()),
    queryClient.prefetchQuery(sourceListQueryOptions()),
  ]);
  const context = await handler.query(request);
  await shellData;
  await settled(queryClient);
  if (context instanceof Response) {
    return { kind: "redirect", status: context.status, location: context.headers.get("Location") ?? "/" };
  }

  const router = createStaticRouter(handler.dataRoutes, context);
  // hydrate={false}: react-router's own hydration script is inline JavaScript; the state travels in
  // a JSON block instead, so a strict Content-Security-Policy stays possible.
  const stream = await renderToReadableStream(
    <StrictMode>
      <AppProviders queryClient={queryClient}>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </AppProviders>
    </StrictMode>,
    { signal: request.signal },
  );
  // Wait for every suspended part (the related list, say) so the first paint is the whole page.
  await stream.allReady;
  const html = await new Response(stream).text();

  const hydrationState: HydrationState = {
    queries: withoutArticleBodies(dehydrate(queryClient)),
    router: {
      loaderData: context.loaderData,
      actionData: context.actionData,
      errors: serialisableErrors(context.errors),
    },
  };
  return {
    kind: "page",
    status: context.statusCode,
    html,
    hydrationState,
    subject: subjectOf(context, queryClient, new URL(request.url)),
    routeIds: context.matches.map((match) => match.route.id),
  };
}

import { isRouteErrorResponse, useRevalidator, useRouteError } from "react-router";
import { ErrorPanel } from "../../components/error-panel";
import { isNotFound } from "../../lib/api-client";
import { NotFoundView } from "./not-found-view";
import { PageHead } from "./page-shown";

/**
 * A page that failed: 404 becomes the not-found page, anything else an error panel whose retry
 * runs the loaders again. A failed code-split chunk (new deploy) needs a full reload instead.
 */
export function RouteErrorBoundary() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  if ((isRouteErrorResponse(error) && error.status === 404) || isNotFound(error)) return <NotFoundView />;

  const chunkFailed = error instanceof TypeError && /dynamically imported module|import/i.test(error.message);
  return (
    <div className="py-16">
      <PageHead>
        <title>Something went wrong · Broadsheet</title>
      </PageHead>
      <ErrorPanel
        size="page"
        headingLevel={1}
        error={error}
        onRetry={() => (chunkFailed ? window.location.reload() : void revalidator.revalidate())}
      />
    </div>
  );
}

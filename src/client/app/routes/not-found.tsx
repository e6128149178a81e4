import { NotFoundView } from "../layout/not-found-view";

export function NotFoundRoute() {
  return <NotFoundView />;
}

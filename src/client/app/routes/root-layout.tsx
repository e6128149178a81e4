import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect } from "react";
import { ScrollRestoration } from "react-router";
import { OfflineNotice } from "../../components/offline-notice";
import { useSmoothInPageJumps } from "../../lib/smooth-in-page-jumps";
import { Masthead } from "../layout/masthead";
import { OutletKeepingPreviousPage } from "../layout/outlet-keeping-previous-page";
import { RouteAnnouncer } from "../layout/route-announcer";
import { RouteProgress } from "../layout/route-progress";
import { SiteFooter } from "../layout/site-footer";
import { SkipLink } from "../layout/skip-link";
import { type Prerender, prerenderedPage } from "../route-modules";

/**
 * Marks <html> once the server's page has become the app (hydrated, or rendered on the client):
 * from then on links route in place. The app's code loads after the first paint, so a page can be
 * readable a moment before it is interactive; end-to-end tests wait for this mark.
 */
function useMarkAppReady() {
  useEffect(() => {
    document.documentElement.dataset.app = "ready";
  }, []);
}

export function RootLayout() {
  useMarkAppReady();
  useSmoothInPageJumps();
  const queryClient = useQueryClient();
  const prerender = useCallback<Prerender>((path) => prerenderedPage(path, queryClient), [queryClient]);
  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLink />
      <RouteProgress />
      <OfflineNotice />
      <Masthead />
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto w-full max-w-6xl flex-1 px-4 pt-8 sm:px-6 sm:pt-10 lg:px-8"
      >
        <OutletKeepingPreviousPage prerender={prerender} />
      </main>
      <SiteFooter />
      <RouteAnnouncer />
      <ScrollRestoration />
    </div>
  );
}

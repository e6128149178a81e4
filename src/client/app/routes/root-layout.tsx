import { Outlet, ScrollRestoration } from "react-router";
import { OfflineNotice } from "../../components/offline-notice";
import { Masthead } from "../layout/masthead";
import { RouteAnnouncer } from "../layout/route-announcer";
import { RouteProgress } from "../layout/route-progress";
import { SiteFooter } from "../layout/site-footer";
import { SkipLink } from "../layout/skip-link";

export function RootLayout() {
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
        <Outlet />
      </main>
      <SiteFooter />
      <RouteAnnouncer />
      <ScrollRestoration />
    </div>
  );
}

import "./styles/app.css";
import { hydrate } from "@tanstack/react-query";
import { StrictMode, startTransition } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { createBrowserRouter, matchRoutes } from "react-router";
import { RouterProvider } from "react-router/dom";
import { readHydrationState, withArticleBodies } from "./app/hydration-state";
import { AppProviders } from "./app/providers";
import { createQueryClient } from "./app/query-client";
import { appRoutes } from "./app/router";

/**
 * Resolves in a task of its own. Starting a server-rendered page is several steps of a few
 * milliseconds each; on a slow phone (four times slower) together they are one long task, which
 * holds back the reader's first tap and scroll. Between steps the browser can answer them.
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

async function start(root: HTMLElement): Promise<void> {
  const state = readHydrationState(document);
  const queryClient = createQueryClient();
  const routes = appRoutes(queryClient, "browser");

  if (state) {
    hydrate(queryClient, withArticleBodies(state.queries, document));
    await nextTask();
    // The server rendered this page's lazy route modules; load them before hydrating so the first
    // client render matches the markup instead of showing a fallback.
    const matches = matchRoutes(routes, window.location) ?? [];
    await Promise.all(
      matches.map(async ({ route }) => {
        if (typeof route.lazy !== "function") return;
        const loaded = await route.lazy();
        Object.assign(route, loaded, { lazy: undefined });
      }),
    );
    await nextTask();
  }

  const router = createBrowserRouter(routes, state ? { hydrationData: state.router } : {});
  const app = (
    <StrictMode>
      <AppProviders queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>
  );
  if (state) {
    await nextTask();
    // The page is already painted and readable; as a transition, hydration yields to the browser
    // every few milliseconds instead of holding the main thread for one long task.
    startTransition(() => {
      hydrateRoot(root, app);
    });
  } else createRoot(root).render(app);
}

const root = document.getElementById("root");
if (root) void start(root);

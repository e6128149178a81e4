import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { createMemoryRouter, RouterProvider } from "react-router";
import { appRoutes } from "../app/router";

/** A fresh cache per test, with no retries, so a failure shows at once and tests never share data. */
export function createTestQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Number.POSITIVE_INFINITY } } });
}

/** Renders one component inside a router and a fresh query client. */
export function renderWithProviders(ui: ReactNode, { path = "/" }: { path?: string } = {}) {
  const queryClient = createTestQueryClient();
  const router = createMemoryRouter([{ path: "*", element: ui }], { initialEntries: [path] });
  const result = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...result, queryClient, router };
}

/** Renders the whole app (real route table, lazy modules and loaders) at a path. */
export function renderApp(path: string) {
  // ScrollRestoration scrolls on every navigation; jsdom has no layout to scroll.
  window.scrollTo = () => {};
  const queryClient = createTestQueryClient();
  const router = createMemoryRouter(appRoutes(queryClient, "browser"), { initialEntries: [path] });
  const result = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...result, queryClient, router };
}

import { QueryClient } from "@tanstack/react-query";
import { ProblemError } from "../lib/api-client";

/**
 * One client per page load (and per test). A 4xx answer will not change on retry, so only network
 * failures and 5xx are retried, twice. Lists stay fresh for a minute and cached for half an hour, so
 * Back shows them instantly at the same length and scroll position.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60 * 1000,
        gcTime: 30 * 60 * 1000,
        retry: (failureCount, error) => {
          if (error instanceof ProblemError && error.status < 500) return false;
          return failureCount < 2;
        },
      },
    },
  });
}

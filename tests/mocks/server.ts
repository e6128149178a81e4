import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll } from "vitest";

/**
 * The API double for component tests of loading, error and empty states. Each test states the
 * handlers it needs (server.use); an unexpected request fails the test.
 */
export const server = setupServer();

export function setupMockApi(): void {
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
}

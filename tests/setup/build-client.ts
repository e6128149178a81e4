/** Vitest global setup for the server tests: the page tests render the built client. */
import { ensureClientBuild } from "../../src/server/build/ensure-client-build";

export async function setup(): Promise<void> {
  await ensureClientBuild();
}

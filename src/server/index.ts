/**
 * Process entry: read the environment, open and migrate the store, bring in the demo newsroom on
 * an empty database, serve, and shut down cleanly on SIGINT/SIGTERM.
 */

import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";
import { getRequestListener } from "@hono/node-server";
import { createApp } from "./app";
import { openStore, parseDatabaseUrl } from "./db/connection";
import { createCursorCodec, loadCursorSecret } from "./db/cursor";
import { migrateToLatest } from "./db/migrate";
import { readEnv } from "./env";
import { oncePerTurn } from "./http/once-per-turn";
import { ResponseCache } from "./http/response-cache";
import { ingestDemoIfEmpty } from "./ingest/demo-newsroom";
import { rebuildDerivedDataIfPending } from "./ingest/derived-data";
import { startPolling } from "./ingest/poll-sources";
import { startPollingThread } from "./ingest/polling-thread";
import { createLogger } from "./logger";

const SHUTDOWN_GRACE_MS = 10_000;

async function main(): Promise<void> {
  const env = readEnv();
  const logger = createLogger(env.LOG_LEVEL);
  const location = parseDatabaseUrl(env.DATABASE_URL);
  const store = openStore(location, { checkpointInBackground: true });
  await migrateToLatest(store.db);
  const rebuilt = rebuildDerivedDataIfPending(store.db);
  if (rebuilt > 0) logger.info({ articles: rebuilt }, "related reading and fingerprints rebuilt");

  if (env.DEMO_CONTENT === "on") {
    const started = performance.now();
    const demo = await ingestDemoIfEmpty(store.db);
    if (demo) {
      const created = demo.reduce((sum, feed) => sum + feed.created, 0);
      logger.info(
        { feeds: demo.length, created, ms: Math.round(performance.now() - started) },
        "demo newsroom ingested",
      );
    }
  }

  const responseCache = new ResponseCache(oncePerTurn(store.version));
  const app = createApp({
    db: store.db,
    responseCache,
    cursors: createCursorCodec(await loadCursorSecret(store.db)),
    logger,
    clientDist: resolve(env.CLIENT_DIST),
    serverEntry: join(resolve(env.SERVER_DIST), "entry-server.js"),
    publicUrl: env.PUBLIC_URL ?? null,
    shareCardDirectory: resolve(env.SHARE_CARD_DIR),
  });

  const polling = { feedsFile: env.FEEDS_FILE, intervalMs: env.POLL_INTERVAL_MINUTES * 60_000 };
  // Feeds are stored on a thread of their own, off the one that answers requests; an in-memory
  // database cannot be opened from another thread, so it is polled here.
  const poller =
    location.file === ":memory:"
      ? startPolling(store.db, { ...polling, logger })
      : startPollingThread({ ...polling, file: location.file, logLevel: env.LOG_LEVEL }, logger);

  const appListener = getRequestListener(app.fetch);
  const server = createServer((request, response) => {
    if (!responseCache.serve(request, response)) void appListener(request, response);
  });
  server.listen(env.PORT, env.HOST, () => {
    const info = server.address() as AddressInfo;
    const host = info.family === "IPv6" ? `[${info.address}]` : info.address;
    process.stdout.write(`Broadsheet is running at http://${host}:${info.port}\n`);
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    // Stop accepting, let requests in flight finish, then close the database.
    const force = setTimeout(() => {
      logger.warn("requests still open after the grace period; closing anyway");
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    server.close(async () => {
      await poller.stop();
      await store.close();
      process.exit(0);
    });
    if ("closeIdleConnections" in server) server.closeIdleConnections();
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Broadsheet could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});

/**
 * `npm run ingest -- <url-or-file> [...]`: adds each feed as a source and ingests it once into the
 * database DATABASE_URL names (the one `npm start` uses). Exits 1 when any feed was refused.
 */
import { SingleBar } from "cli-progress";
import { openStore, parseDatabaseUrl } from "../db/connection";
import { migrateToLatest } from "../db/migrate";
import { readEnv } from "../env";
import { rebuildDerivedDataIfPending } from "./derived-data";
import { ingestSource, type SourceOutcome } from "./ingest-source";

const USAGE = "Usage: npm run ingest -- <feed URL or file> [more feeds…]";

async function main(argv: string[]): Promise<number> {
  const feeds = argv.filter((arg) => arg !== "--");
  if (feeds.length === 0 || feeds.includes("--help") || feeds.includes("-h")) {
    process.stderr.write(`${USAGE}\n`);
    return feeds.length === 0 ? 2 : 0;
  }
  const env = readEnv();
  const store = openStore(parseDatabaseUrl(env.DATABASE_URL), { checkpointInBackground: true });
  const started = performance.now();
  const outcomes: SourceOutcome[] = [];
  const bar = process.stderr.isTTY
    ? new SingleBar({
        format: "Ingesting [{bar}] {value}/{total} feeds  {feed}",
        hideCursor: true,
        clearOnComplete: true,
      })
    : null;
  try {
    await migrateToLatest(store.db);
    rebuildDerivedDataIfPending(store.db);
    bar?.start(feeds.length, 0, { feed: "" });
    for (const feed of feeds) {
      bar?.update({ feed });
      const outcome = await ingestSource(store.db, feed, {
        pollIntervalMs: env.POLL_INTERVAL_MINUTES * 60_000,
      });
      outcomes.push(outcome);
      bar?.increment();
    }
  } finally {
    bar?.stop();
    await store.close();
  }

  const total = { created: 0, updated: 0, unchanged: 0, failed: 0 };
  for (const outcome of outcomes) {
    if (outcome.status === "failed") {
      total.failed += 1;
      process.stderr.write(`✗ ${outcome.feedUrl}: ${outcome.error}\n`);
    } else if (outcome.status === "not-modified") {
      process.stdout.write(`✓ ${outcome.feedUrl}: not modified since the last fetch\n`);
    } else {
      const { created, updated, unchanged } = outcome.summary;
      total.created += created;
      total.updated += updated;
      total.unchanged += unchanged;
      process.stdout.write(
        `✓ ${outcome.feedUrl}: ${created} new, ${updated} updated, ${unchanged} unchanged (${outcome.ms} ms)\n`,
      );
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  process.stdout.write(
    `${feeds.length} feed(s): ${total.created} new, ${total.updated} updated, ${total.unchanged} unchanged, ${total.failed} failed in ${seconds} s\n`,
  );
  return total.failed > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`Ingest failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);

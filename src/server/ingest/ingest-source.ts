/**
 * One feed, end to end: fetch (conditionally) → decode → parse → normalise → sanitise → store, and
 * the outcome recorded on the source: validators and last success, or the error, a failure count
 * and when to try again. A refused feed changes no article.
 */
import { resolve } from "node:path";
import type { Kysely } from "kysely";
import type { Database } from "../db/tables";
import { slugify } from "../text/slug";
import { decodeFeedBody } from "./decode-feed-body";
import { DEFAULT_FETCH_LIMITS, FeedFetchError, type FetchLimits, fetchFeed, isRemote } from "./fetch-feed";
import { ingestFeedBody } from "./ingest-feed";
import { FeedRejectedError } from "./parse-feed";
import type { StoreSummary } from "./store-feed";

const BACKOFF_BASE_MS = 5 * 60_000;
const BACKOFF_MAX_MS = 24 * 60 * 60_000;

export type SourceOutcome =
  | { status: "ingested"; feedUrl: string; summary: StoreSummary; ms: number }
  | { status: "not-modified"; feedUrl: string; ms: number }
  | { status: "failed"; feedUrl: string; error: string; ms: number };

/** The name a source is stored under: URLs as given, local paths made absolute. */
export function feedLocation(input: string): string {
  return isRemote(input) || input.startsWith("file:") || input.startsWith("demo:") ? input : resolve(input);
}

/** Doubling back-off with jitter, capped at a day; a server's Retry-After wins when it is longer. */
export function nextTryDelay(failures: number, retryAfterMs: number | null, random = Math.random): number {
  const backoff = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, failures - 1));
  const jittered = backoff * (0.8 + random() * 0.4);
  return Math.max(jittered, retryAfterMs ?? 0);
}

async function recordFailure(
  db: Kysely<Database>,
  feedUrl: string,
  message: string,
  retryAfterMs: number | null,
) {
  const now = new Date();
  const existing = await db
    .selectFrom("sources")
    .select(["id", "failure_count"])
    .where("feed_url", "=", feedUrl)
    .executeTakeFirst();
  const failures = (existing?.failure_count ?? 0) + 1;
  const fields = {
    last_fetched_at: now.toISOString(),
    last_error: message,
    last_error_at: now.toISOString(),
    failure_count: failures,
    next_fetch_at: new Date(now.getTime() + nextTryDelay(failures, retryAfterMs)).toISOString(),
  };
  if (existing) {
    await db.updateTable("sources").set(fields).where("id", "=", existing.id).execute();
    return;
  }
  // A feed refused on its first fetch is still a source the operator added: keep it, with its error.
  const host = isRemote(feedUrl) ? new URL(feedUrl).hostname : (feedUrl.split(/[\\/]/).pop() ?? feedUrl);
  let slug = slugify(host) || "source";
  for (
    let attempt = 2;
    await db.selectFrom("sources").select("id").where("slug", "=", slug).executeTakeFirst();
    attempt += 1
  ) {
    slug = `${slugify(host) || "source"}-${attempt}`;
  }
  await db
    .insertInto("sources")
    .values({
      slug,
      name: host,
      site_url: "",
      feed_url: feedUrl,
      feed_format: null,
      created_at: now.toISOString(),
      etag: null,
      last_modified: null,
      last_success_at: null,
      ...fields,
    })
    .execute();
}

async function recordSuccess(
  db: Kysely<Database>,
  feedUrl: string,
  validators: { etag: string | null; lastModified: string | null } | null,
  pollIntervalMs: number,
) {
  const now = new Date();
  await db
    .updateTable("sources")
    .set({
      ...(validators ? { etag: validators.etag, last_modified: validators.lastModified } : {}),
      last_fetched_at: now.toISOString(),
      last_success_at: now.toISOString(),
      last_error: null,
      failure_count: 0,
      next_fetch_at: new Date(now.getTime() + pollIntervalMs).toISOString(),
    })
    .where("feed_url", "=", feedUrl)
    .execute();
}

export async function ingestSource(
  db: Kysely<Database>,
  input: string,
  options: { limits?: FetchLimits; pollIntervalMs?: number } = {},
): Promise<SourceOutcome> {
  const started = performance.now();
  const feedUrl = feedLocation(input);
  const pollIntervalMs = options.pollIntervalMs ?? 30 * 60_000;
  const elapsed = () => Math.round(performance.now() - started);
  const known = await db
    .selectFrom("sources")
    .select(["etag", "last_modified"])
    .where("feed_url", "=", feedUrl)
    .executeTakeFirst();
  try {
    const fetched = await fetchFeed(
      feedUrl,
      { etag: known?.etag ?? null, lastModified: known?.last_modified ?? null },
      options.limits ?? DEFAULT_FETCH_LIMITS,
    );
    if (fetched.kind === "not-modified") {
      await recordSuccess(db, feedUrl, null, pollIntervalMs);
      return { status: "not-modified", feedUrl, ms: elapsed() };
    }
    const summary = await ingestFeedBody(db, feedUrl, decodeFeedBody(fetched.bytes, fetched.contentType));
    await recordSuccess(db, feedUrl, fetched.validators, pollIntervalMs);
    return { status: "ingested", feedUrl, summary, ms: elapsed() };
  } catch (error) {
    if (!(error instanceof FeedFetchError || error instanceof FeedRejectedError)) throw error;
    await recordFailure(
      db,
      feedUrl,
      error.message,
      error instanceof FeedFetchError ? error.retryAfterMs : null,
    );
    return { status: "failed", feedUrl, error: error.message, ms: elapsed() };
  }
}

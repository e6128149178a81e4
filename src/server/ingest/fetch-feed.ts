/**
 * Fetching a feed politely and defensively: conditional GET, compression, a redirect limit,
 * connect and total timeouts, a size cap enforced while the body streams in, Retry-After honoured.
 * Local files (a path or file: URL) are read with the same size cap.
 */
import { readFile, stat } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { Agent, fetch } from "undici";

export const USER_AGENT = "Broadsheet/0.1 (news reader; feed fetcher)";

export type FetchLimits = {
  maxBytes: number;
  totalTimeoutMs: number;
  connectTimeoutMs: number;
  maxRedirects: number;
};

export const DEFAULT_FETCH_LIMITS: FetchLimits = {
  maxBytes: 10 * 1024 * 1024,
  totalTimeoutMs: 30_000,
  connectTimeoutMs: 10_000,
  maxRedirects: 5,
};

export type Validators = { etag: string | null; lastModified: string | null };

export type FetchResult =
  | { kind: "not-modified" }
  | { kind: "body"; bytes: Uint8Array; contentType: string | null; validators: Validators; finalUrl: string };

export class FeedFetchError extends Error {
  constructor(
    message: string,
    /** How long the server asked us to wait (429/503 Retry-After), when it said. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
  }
}

export function isRemote(location: string): boolean {
  return /^https?:\/\//i.test(location);
}

export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

function sizeError(limits: FetchLimits): FeedFetchError {
  return new FeedFetchError(
    `The feed is larger than the ${Math.round(limits.maxBytes / 1024 / 1024)} MB limit`,
  );
}

async function readLocal(location: string, limits: FetchLimits): Promise<FetchResult> {
  const path = location.startsWith("file:") ? fileURLToPath(location) : location;
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new FeedFetchError(`No feed file at ${path}`);
  }
  if (size > limits.maxBytes) throw sizeError(limits);
  const bytes = new Uint8Array(await readFile(path));
  return {
    kind: "body",
    bytes,
    contentType: null,
    validators: { etag: null, lastModified: null },
    finalUrl: location,
  };
}

async function readCapped(body: AsyncIterable<Uint8Array>, limits: FetchLimits): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of body) {
    total += chunk.byteLength;
    // Counted after decompression, so a small gzip bomb is stopped as surely as a huge file.
    if (total > limits.maxBytes) throw sizeError(limits);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}

function explainFetchError(error: unknown): string {
  if (error instanceof FeedFetchError) return error.message;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if ((error as Error).name === "TimeoutError" || (error as Error).name === "AbortError")
    return "The feed took too long to answer";
  if (cause?.code === "UND_ERR_CONNECT_TIMEOUT") return "Could not connect to the feed's server in time";
  if (cause?.code === "ECONNREFUSED") return "The feed's server refused the connection";
  if (cause?.code === "ENOTFOUND") return "The feed's host name does not exist";
  return `Could not fetch the feed: ${cause?.message ?? (error as Error).message}`;
}

export async function fetchFeed(
  location: string,
  validators: Validators = { etag: null, lastModified: null },
  limits: FetchLimits = DEFAULT_FETCH_LIMITS,
): Promise<FetchResult> {
  if (!isRemote(location)) return readLocal(location, limits);

  const dispatcher = new Agent({ connect: { timeout: limits.connectTimeoutMs } });
  const signal = AbortSignal.timeout(limits.totalTimeoutMs);
  try {
    let url = location;
    for (let hop = 0; hop <= limits.maxRedirects; hop += 1) {
      const headers: Record<string, string> = {
        "User-Agent": USER_AGENT,
        Accept:
          "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5",
        "Accept-Encoding": "gzip, deflate, br",
      };
      if (validators.etag) headers["If-None-Match"] = validators.etag;
      if (validators.lastModified) headers["If-Modified-Since"] = validators.lastModified;

      const response = await fetch(url, { headers, redirect: "manual", signal, dispatcher });
      if ([301, 302, 303, 307, 308].includes(response.status)) {
        const next = response.headers.get("location");
        await response.body?.cancel();
        if (!next) throw new FeedFetchError(`The feed redirected (${response.status}) without saying where`);
        const target = new URL(next, url);
        if (target.protocol !== "http:" && target.protocol !== "https:") {
          throw new FeedFetchError(
            `The feed redirected to a ${target.protocol} address, which is not followed`,
          );
        }
        url = target.href;
        continue;
      }
      if (response.status === 304) {
        await response.body?.cancel();
        return { kind: "not-modified" };
      }
      if (response.status === 429 || response.status === 503) {
        await response.body?.cancel();
        throw new FeedFetchError(
          response.status === 429
            ? "The feed's server says we asked too often (429)"
            : "The feed's server is unavailable (503)",
          parseRetryAfter(response.headers.get("retry-after")),
        );
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new FeedFetchError(
          `The feed's server answered ${response.status} ${response.statusText}`.trim(),
        );
      }
      const declared = Number(response.headers.get("content-length") ?? "0");
      if (declared > limits.maxBytes && !response.headers.get("content-encoding")) {
        await response.body?.cancel();
        throw sizeError(limits);
      }
      const bytes = response.body ? await readCapped(response.body, limits) : new Uint8Array();
      return {
        kind: "body",
        bytes,
        contentType: response.headers.get("content-type"),
        validators: {
          etag: response.headers.get("etag"),
          lastModified: response.headers.get("last-modified"),
        },
        finalUrl: url,
      };
    }
    throw new FeedFetchError(`The feed redirected more than ${limits.maxRedirects} times`);
  } catch (error) {
    if (error instanceof FeedFetchError) throw error;
    throw new FeedFetchError(explainFetchError(error));
  } finally {
    await dispatcher.destroy().catch(() => undefined);
  }
}

import type SqliteDatabase from "better-sqlite3";
/**
 * Shared pieces of `npm run bench`: paths, the real server as a child process (through the API
 * tests' own starter, which has no Vitest in it), statistics, compressed sizes and table printing.
 */

import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { brotliCompressSync, gzipSync, constants as zlibConstants } from "node:zlib";
import { type RunningServer, startServer } from "../server/support/server-process";

export const ROOT = resolve(import.meta.dirname, "../..");
export const RESULTS_DIR = join(ROOT, "bench-results");

/** A scratch folder under bench-results/ (git-ignored), removed by the caller. */
export function scratchDirectory(prefix: string): { path: string; remove: () => void } {
  mkdirSync(join(RESULTS_DIR, "tmp"), { recursive: true });
  const path = mkdtempSync(join(RESULTS_DIR, "tmp", prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

// ---------------------------------------------------------------------------------------------
// Statistics

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const lowValue = sorted[low] ?? Number.NaN;
  const highValue = sorted[high] ?? Number.NaN;
  return lowValue + (highValue - lowValue) * (rank - low);
}

export const median = (values: readonly number[]) => percentile(values, 50);

// ---------------------------------------------------------------------------------------------
// Sizes

export type Sizes = { raw: number; gzip: number; brotli: number };

export function compressedSizes(bytes: Uint8Array): Sizes {
  return {
    raw: bytes.byteLength,
    gzip: gzipSync(bytes, { level: 9 }).byteLength,
    brotli: brotliCompressSync(bytes, {
      params: {
        [zlibConstants.BROTLI_PARAM_QUALITY]: 11,
        [zlibConstants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
      },
    }).byteLength,
  };
}

export function addSizes(a: Sizes, b: Sizes): Sizes {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli };
}

export const ZERO_SIZES: Sizes = { raw: 0, gzip: 0, brotli: 0 };

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

// ---------------------------------------------------------------------------------------------
// Tables

export type Table = { title: string; columns: string[]; rows: (string | number)[][]; notes?: string[] };

function cell(value: string | number): string {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "–";
    if (Number.isInteger(value)) return String(value);
    return Math.abs(value) >= 100
      ? value.toFixed(0)
      : Math.abs(value) >= 10
        ? value.toFixed(1)
        : value.toFixed(2);
  }
  return value;
}

export function formatTable(table: Table): string {
  const rows = table.rows.map((row) => row.map(cell));
  const widths = table.columns.map((column, index) =>
    Math.max(column.length, ...rows.map((row) => (row[index] ?? "").length)),
  );
  const line = (values: string[]) =>
    `| ${values.map((value, index) => (index === 0 ? value.padEnd(widths[index] ?? 0) : value.padStart(widths[index] ?? 0))).join(" | ")} |`;
  const out = [
    `### ${table.title}`,
    "",
    line(table.columns),
    `|${widths.map((width, index) => (index === 0 ? `${"-".repeat(width + 2)}` : `${"-".repeat(width + 1)}:`)).join("|")}|`,
    ...rows.map(line),
  ];
  if (table.notes?.length) out.push("", ...table.notes.map((note) => `- ${note}`));
  return `${out.join("\n")}\n`;
}

// ---------------------------------------------------------------------------------------------
// The real server

export type { RunningServer } from "../server/support/server-process";

export type ServerOptions = {
  databaseFile: string;
  clientDist: string;
  serverDist: string;
  scratch: string;
  demoContent: boolean;
  /** The feeds the server polls; none by default. */
  feedsFile?: string;
};

/** The same child process the API tests start, pointed at the bench's build and scratch folder. */
export function startRealServer(options: ServerOptions): Promise<RunningServer> {
  return startServer({
    databaseFile: options.databaseFile,
    clientDist: options.clientDist,
    serverDist: options.serverDist,
    startupTimeoutMs: 180_000,
    env: {
      SHARE_CARD_DIR: join(options.scratch, "share-cards"),
      FEEDS_FILE: options.feedsFile ?? join(options.scratch, "no-feeds.txt"),
      DEMO_CONTENT: options.demoContent ? "on" : "off",
    },
  });
}

export async function getJson<T>(baseUrl: string, path: string): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`);
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** Runs a command to the end, inheriting stderr; rejects on a non-zero exit. */
export function run(command: string, args: string[], env: Record<string, string> = {}): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ["ignore", "ignore", "inherit"],
    });
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0 ? resolvePromise() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`)),
    );
  });
}

/**
 * Copies the whole write-ahead log into the database file and empties it, for a file size that
 * counts every page. The server's checkpoint thread (db/background-checkpoints.ts) may be part-way
 * through a pass of its own, and then SQLite answers "busy" rather than wait: try again.
 */
export async function checkpointWholeLog(sqlite: SqliteDatabase.Database): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    const [result] = sqlite.pragma("wal_checkpoint(TRUNCATE)") as { busy: number }[];
    if (result?.busy === 0) return;
    if (attempt === 100) throw new Error("the write-ahead log stayed busy for 5 s");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Starts the real server (src/server/index.ts) as a child process on a free port over its own
 * SQLite file, exactly as `npm start` runs it, so tests talk HTTP to the real thing.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../../..");

export type RunningServer = {
  baseUrl: string;
  databaseFile: string;
  get: (path: string, init?: RequestInit) => Promise<Response>;
  /** Everything the process printed so far (stdout and stderr). */
  output: () => string;
  stop: () => Promise<void>;
};

export type ServerOptions = {
  /** How long to wait for "running at" (a first start may build or ingest a lot). */
  startupTimeoutMs?: number;
  databaseFile?: string;
  clientDist?: string;
  serverDist?: string;
  env?: Record<string, string>;
};

export function temporaryDirectory(prefix: string): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

function waitForUrl(child: ChildProcess, output: { text: string }, timeoutMs: number): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output.text}`)), timeoutMs);
    child.stdout?.on("data", (chunk: Buffer) => {
      output.text += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output.text);
      if (match?.[1]) {
        clearTimeout(timer);
        resolvePromise(match[1]);
      }
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      output.text += chunk.toString();
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output.text}`));
    });
  });
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const ownDirectory = options.databaseFile ? null : temporaryDirectory("broadsheet-db-");
  const databaseFile = options.databaseFile ?? join(ownDirectory?.path ?? tmpdir(), "test.db");
  const child = spawn(process.execPath, ["--import", "tsx", "src/server/index.ts"], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: "0",
      HOST: "127.0.0.1",
      DATABASE_URL: databaseFile,
      CLIENT_DIST: options.clientDist ?? join(tmpdir(), "broadsheet-no-client-build"),
      SERVER_DIST: options.serverDist ?? join(tmpdir(), "broadsheet-no-server-build"),
      LOG_LEVEL: "warn",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output = { text: "" };
  const baseUrl = await waitForUrl(child, output, options.startupTimeoutMs ?? 45_000);
  return {
    baseUrl,
    databaseFile,
    get: (path, init) => fetch(`${baseUrl}${path}`, init),
    output: () => output.text,
    stop: () =>
      new Promise<void>((resolvePromise) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolvePromise();
        const force = setTimeout(() => child.kill("SIGKILL"), 15_000);
        child.once("exit", () => {
          clearTimeout(force);
          resolvePromise();
        });
        child.kill("SIGTERM");
      }).then(() => ownDirectory?.remove()),
  };
}

export async function getJson<T>(server: RunningServer, path: string): Promise<T> {
  const response = await server.get(path);
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

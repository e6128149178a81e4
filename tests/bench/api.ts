/**
 * Section 2, API against the limit: the real server (demo newsroom, temporary database) and a bare
 * node:http server answering the same bytes from memory, each loaded by autocannon in turn, in the
 * same run, on the same machine. Requests carry no Accept-Encoding (autocannon's default), so both
 * answer the identity-encoded JSON.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import autocannon from "autocannon";
import type { ArticlePage } from "../../src/shared/schemas";
import { type DuringIngest, measureDuringIngest } from "./api-during-ingest";
import { benchBuild } from "./build";
import {
  getJson,
  log,
  ROOT,
  type RunningServer,
  scratchDirectory,
  startRealServer,
  type Table,
} from "./support";

export type LoadFigures = {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  average: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  /** Responses received (any status). */
  responses: number;
  bytes: number;
};
export type ApiRow = { name: string; path: string; real: LoadFigures; bare: LoadFigures; ratio: number };
export type ApiResult = {
  connections: number;
  duration: number;
  rows: ApiRow[];
  duringIngest: DuringIngest;
};

type Recorded = { path: string; status: number; headers: Record<string, string>; body: string };

const HOP_BY_HOP = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length"]);

/** One plain GET without Accept-Encoding: the bytes autocannon will be served. */
function record(baseUrl: string, path: string): Promise<Recorded> {
  return new Promise((resolvePromise, reject) => {
    const req = request(`${baseUrl}${path}`, { method: "GET", agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(response.headers)) {
          if (value === undefined || HOP_BY_HOP.has(name)) continue;
          headers[name] = Array.isArray(value) ? value.join(", ") : value;
        }
        if (response.statusCode !== 200) reject(new Error(`${path} answered ${response.statusCode}`));
        else
          resolvePromise({
            path,
            status: response.statusCode,
            headers,
            body: Buffer.concat(chunks).toString("base64"),
          });
      });
      response.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

function startBare(responsesFile: string): Promise<{ baseUrl: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/bench/bare-server.ts"], {
    cwd: ROOT,
    env: { ...process.env, BARE_RESPONSES: responsesFile },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolvePromise, reject) => {
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening (\d+)/.exec(output);
      if (match) resolvePromise({ baseUrl: `http://127.0.0.1:${match[1]}`, child });
    });
    child.once("exit", (code) => reject(new Error(`bare server exited with ${code}`)));
  });
}

async function load(url: string, connections: number, duration: number): Promise<LoadFigures> {
  // A short warm-up so both servers are measured with their code optimised by the JIT.
  await autocannon({ url, connections, duration: 1 });
  const result = await autocannon({ url, connections, duration });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    average: result.latency.average,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    responses: result["2xx"] + result.non2xx,
    bytes: result.throughput.total / Math.max(1, result.requests.total),
  };
}

export async function runApi(options: {
  duration: number;
  connections: number;
}): Promise<{ result: ApiResult; tables: Table[] }> {
  const { clientDist, serverDist } = await benchBuild();
  const scratch = scratchDirectory("api-");
  let real: RunningServer | null = null;
  let bare: ChildProcess | null = null;
  try {
    real = await startRealServer({
      databaseFile: join(scratch.path, "api.db"),
      clientDist,
      serverDist,
      scratch: scratch.path,
      demoContent: true,
    });
    const page = await getJson<ArticlePage>(real.baseUrl, "/api/articles?limit=20");
    const first = page.items[0];
    if (!first) throw new Error("the demo newsroom has no articles");
    // A real query: the longest word of the first story's title, so search has hits.
    const word =
      first.title
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .sort((a, b) => b.length - a.length)[0] ?? "the";
    const targets = [
      { name: "list", path: "/api/articles" },
      { name: "detail", path: `/api/articles/${first.slug}` },
      { name: "related", path: `/api/articles/${first.slug}/related` },
      { name: "search", path: `/api/search?q=${encodeURIComponent(word)}` },
    ];
    const recorded = await Promise.all(targets.map((target) => record(real?.baseUrl ?? "", target.path)));
    const responsesFile = join(scratch.path, "responses.json");
    writeFileSync(responsesFile, JSON.stringify(recorded));
    const started = await startBare(responsesFile);
    bare = started.child;

    const rows: ApiRow[] = [];
    for (const target of targets) {
      log(
        `autocannon ${options.connections} connections × ${options.duration} s: ${target.name} (real, then bare)`,
      );
      const realFigures = await load(`${real.baseUrl}${target.path}`, options.connections, options.duration);
      const bareFigures = await load(
        `${started.baseUrl}${target.path}`,
        options.connections,
        options.duration,
      );
      rows.push({
        ...target,
        real: realFigures,
        bare: bareFigures,
        ratio: realFigures.requestsPerSecond / bareFigures.requestsPerSecond,
      });
    }
    const duringIngest = await measureDuringIngest({ clientDist, serverDist, scratch: scratch.path });
    const result: ApiResult = {
      connections: options.connections,
      duration: options.duration,
      rows,
      duringIngest: duringIngest.result,
    };
    return {
      result,
      tables: [
        {
          title: `2. API against a bare node:http server (autocannon, ${options.connections} connections, ${options.duration} s each)`,
          columns: [
            "endpoint",
            "bytes",
            "real req/s",
            "real p50 ms",
            "real p99 ms",
            "bare req/s",
            "bare p50 ms",
            "bare p99 ms",
            "real/bare",
          ],
          rows: rows.map((row) => [
            row.name,
            Math.round(row.real.bytes),
            Math.round(row.real.requestsPerSecond),
            row.real.p50,
            row.real.p99,
            Math.round(row.bare.requestsPerSecond),
            row.bare.p50,
            row.bare.p99,
            `${(row.ratio * 100).toFixed(0)}%`,
          ]),
          notes: [
            `paths: ${targets.map((target) => target.path).join("  ")}`,
            "bytes = response size incl. headers as autocannon counts it; no Accept-Encoding, so identity bodies on both",
            ...rows
              .filter(
                (row) =>
                  row.real.responses === 0 ||
                  row.real.errors + row.real.non2xx + row.bare.errors + row.bare.non2xx > 0,
              )
              .map(
                (row) =>
                  `${row.name}: ${row.real.responses === 0 ? "the real server answered NOTHING during the run; " : ""}` +
                  `errors/timeouts/non-2xx real ${row.real.errors}/${row.real.timeouts}/${row.real.non2xx}, ` +
                  `bare ${row.bare.errors}/${row.bare.timeouts}/${row.bare.non2xx}`,
              ),
          ],
        },
        duringIngest.table,
      ],
    };
  } finally {
    if (bare && bare.exitCode === null) {
      const exited = new Promise((resolvePromise) => bare?.once("exit", resolvePromise));
      bare.kill("SIGTERM");
      await exited;
    }
    await real?.stop();
    scratch.remove();
  }
}

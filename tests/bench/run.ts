/**
 * `npm run bench`: builds the app, starts the real server on temporary databases and measures it
 * beside its limits. Prints a table per section and a summary against the targets of issue 6, and
 * writes the same figures as JSON to bench-results/ (git-ignored).
 *
 *   npm run bench                                   everything, 100,000 articles at most
 *   npm run bench -- --articles 10000               a smaller archive
 *   npm run bench -- --sections bytes,api           some sections only (bytes, api, scale, browser)
 *   npm run bench -- --max-seconds 300              ingest budget per scale step (default 420)
 *   npm run bench -- --runs 3 --duration 5          Lighthouse runs per page (0: none), autocannon seconds
 *
 * BENCH_ARTICLES, BENCH_SECTIONS and BENCH_MAX_SECONDS do the same from the environment.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { type ApiResult, runApi } from "./api";
import { type BrowserResult, runBrowser } from "./browser";
import { type BytesResult, runBytes } from "./bytes";
import { runScale, type ScaleResult } from "./scale";
import { formatTable, log, RESULTS_DIR, type Table } from "./support";
import { evaluateTargets } from "./targets";

const SECTIONS = ["bytes", "api", "scale", "browser"] as const;
type Section = (typeof SECTIONS)[number];

const { values } = parseArgs({
  options: {
    articles: { type: "string" },
    sections: { type: "string" },
    "max-seconds": { type: "string" },
    runs: { type: "string" },
    duration: { type: "string" },
    connections: { type: "string" },
  },
  strict: true,
});

function positiveInt(name: string, raw: string | undefined, fallback: number, minimum = 1): number {
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw.replace(/[_,]/g, ""));
  if (!Number.isInteger(value) || value < minimum)
    throw new Error(`--${name} must be a positive integer, got "${raw}"`);
  return value;
}

const articles = positiveInt("articles", values.articles ?? process.env.BENCH_ARTICLES, 100_000);
const maxSeconds = positiveInt("max-seconds", values["max-seconds"] ?? process.env.BENCH_MAX_SECONDS, 420);
const lighthouseRuns = positiveInt("runs", values.runs, 3, 0);
const duration = positiveInt("duration", values.duration, 5);
const connections = positiveInt("connections", values.connections, 50);
const sectionList = (values.sections ?? process.env.BENCH_SECTIONS ?? SECTIONS.join(","))
  .split(",")
  .map((name) => name.trim())
  .filter(Boolean);
for (const name of sectionList)
  if (!SECTIONS.includes(name as Section))
    throw new Error(`unknown section "${name}" (${SECTIONS.join(", ")})`);
const wanted = new Set(sectionList as Section[]);

export type BenchReport = {
  startedAt: string;
  finishedAt?: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string };
  options: {
    articles: number;
    maxSeconds: number;
    lighthouseRuns: number;
    duration: number;
    connections: number;
  };
  bytes?: BytesResult;
  api?: ApiResult;
  scale?: ScaleResult;
  browser?: BrowserResult;
  targets?: ReturnType<typeof evaluateTargets>;
  errors: { section: string; message: string }[];
};

const report: BenchReport = {
  startedAt: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? "",
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  },
  options: { articles, maxSeconds, lighthouseRuns, duration, connections },
  errors: [],
};
const printed: string[] = [];

function print(tables: Table[]): void {
  for (const table of tables) {
    const text = formatTable(table);
    printed.push(text);
    process.stdout.write(`\n${text}`);
  }
}

function save(): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const stamp = report.startedAt.replace(/[:.]/g, "-");
  const file = join(RESULTS_DIR, `bench-${stamp}.json`);
  const json = `${JSON.stringify(report, null, 2)}\n`;
  writeFileSync(file, json);
  writeFileSync(join(RESULTS_DIR, "latest.json"), json);
  writeFileSync(join(RESULTS_DIR, "latest.md"), printed.join("\n"));
  return file;
}

async function section<T>(
  name: Section,
  body: () => Promise<{ result: T; tables: Table[] }>,
): Promise<T | undefined> {
  if (!wanted.has(name)) return undefined;
  const started = performance.now();
  log(`— section ${name} —`);
  try {
    const { result, tables } = await body();
    print(tables);
    log(`section ${name} took ${((performance.now() - started) / 1000).toFixed(0)} s`);
    return result;
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    report.errors.push({ section: name, message });
    process.stderr.write(`\n[bench] section ${name} failed:\n${message}\n`);
    return undefined;
  } finally {
    save();
  }
}

const benchStarted = performance.now();
report.bytes = await section("bytes", runBytes);
report.api = await section("api", () => runApi({ duration, connections }));
report.scale = await section("scale", () => runScale({ articles, maxSeconds }));
report.browser = await section("browser", () => runBrowser({ runs: lighthouseRuns }));

report.targets = evaluateTargets(report);
const measuredTargets = report.targets.filter((target) => target.status !== "not measured");
const failed = measuredTargets.filter((target) => target.status === "FAIL").length;
const passed = measuredTargets.filter((target) => target.status === "pass").length;
print([
  {
    title: `Targets (issue 6): ${passed} pass, ${failed} fail`,
    columns: ["target", "measured", "limit", "result"],
    rows: measuredTargets.map((target) => [target.name, target.measured, target.limit, target.status]),
    notes:
      measuredTargets.length < report.targets.length
        ? [
            `${report.targets.length - measuredTargets.length} target(s) not measured in this run (section not run or failed)`,
          ]
        : [],
  },
]);
report.finishedAt = new Date().toISOString();
const file = save();
log(`total ${((performance.now() - benchStarted) / 60_000).toFixed(1)} min; figures written to ${file}`);
if (report.errors.length > 0) {
  log(`${report.errors.length} section(s) failed: ${report.errors.map((error) => error.section).join(", ")}`);
  process.exitCode = 1;
}

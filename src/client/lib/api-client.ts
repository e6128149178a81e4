import type { Problem } from "../../shared/schemas";

/** An API answer that was not 2xx, carrying the RFC 9457 problem the server sent (or one we made up). */
export class ProblemError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail || problem.title);
    this.name = "ProblemError";
    this.status = problem.status;
    this.problem = problem;
  }
}

/** The request never got an answer: offline, DNS, a dropped connection. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super("The request did not reach the server.", { cause });
    this.name = "NetworkError";
  }
}

function isProblem(value: unknown): value is Problem {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.title === "string" && typeof record.status === "number";
}

async function problemFrom(response: Response): Promise<Problem> {
  const fallback: Problem = {
    type: "about:blank",
    title: response.statusText || "Request failed",
    status: response.status,
    detail: "",
  };
  try {
    const body: unknown = await response.json();
    if (isProblem(body)) return { ...fallback, ...body, status: response.status };
  } catch {
    // A proxy's HTML error page, an empty body: the status alone still says what happened.
  }
  return fallback;
}

type ApiTransport = (path: string, init: RequestInit) => Promise<Response>;

let transport: ApiTransport = (path, init) => fetch(path, init);

/**
 * Where API requests go. The browser uses the network; the server, rendering a page's first
 * paint with these same modules, hands in its own app so no request leaves the process.
 */
export function setApiTransport(next: ApiTransport): void {
  transport = next;
}

/**
 * GET a same-origin API path as JSON. The payload is typed by the shared contract without runtime
 * validation: the server validates with the zod schemas, and shipping zod here would only repeat it.
 */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await transport(path, { signal: signal ?? null, headers: { accept: "application/json" } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new NetworkError(error);
  }
  if (!response.ok) throw new ProblemError(await problemFrom(response));
  const body: T = await response.json();
  return body;
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ProblemError && error.status === 404;
}

/** A 400 for a path parameter: the API refuses the slug itself, so no such page can exist. */
export function isRefusedSlug(error: unknown): boolean {
  return error instanceof ProblemError && error.status === 400;
}

/** RFC 9457 problem details: the one error shape of the API. */
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { z } from "zod";
import type { Problem } from "../../shared/schemas";

export const PROBLEM_TYPES = {
  invalidParameter: { type: "/problems/invalid-parameter", title: "Invalid request parameter" },
  notFound: { type: "/problems/not-found", title: "Not found" },
  methodNotAllowed: { type: "/problems/method-not-allowed", title: "Method not allowed" },
  internal: { type: "/problems/internal-error", title: "Internal server error" },
} as const;

export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
  }
}

export function invalidParameter(parameter: string, message: string): ProblemError {
  return new ProblemError({
    ...PROBLEM_TYPES.invalidParameter,
    status: 400,
    detail: `Parameter "${parameter}" ${message}.`,
    errors: [{ parameter, message }],
  });
}

export function notFound(detail: string): ProblemError {
  return new ProblemError({ ...PROBLEM_TYPES.notFound, status: 404, detail });
}

export function problemResponse(c: Context, problem: Problem): Response {
  c.header("Cache-Control", "no-store");
  return c.body(
    JSON.stringify({ ...problem, instance: c.req.path }),
    problem.status as ContentfulStatusCode,
    {
      "Content-Type": "application/problem+json; charset=utf-8",
    },
  );
}

/** Validates a query string or path parameters against a shared schema; failures name the parameter. */
export function parseParams<Schema extends z.ZodType>(
  schema: Schema,
  input: Record<string, string | undefined>,
): z.output<Schema> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const errors = parsed.error.issues.map((issue) => ({
    parameter: issue.path.map(String).join(".") || "query",
    message: issue.message,
  }));
  const first = errors[0] ?? { parameter: "query", message: "is invalid" };
  throw new ProblemError({
    ...PROBLEM_TYPES.invalidParameter,
    status: 400,
    detail: errors.map((error) => `Parameter "${error.parameter}" ${error.message}.`).join(" "),
    errors: errors.length > 0 ? errors : [first],
  });
}

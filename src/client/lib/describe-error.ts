import { NetworkError, ProblemError } from "./api-client";

/** What went wrong, in words a reader understands, without status codes up front. */
export function describeError(error: unknown): { title: string; detail: string } {
  if (error instanceof NetworkError || (typeof navigator !== "undefined" && navigator.onLine === false)) {
    return {
      title: "You seem to be offline",
      detail: "We couldn't reach Broadsheet. Check your connection, then try again.",
    };
  }
  if (error instanceof ProblemError) {
    if (error.status === 404) {
      return {
        title: "We couldn't find that",
        detail: error.problem.detail || "It may have been moved or removed.",
      };
    }
    if (error.status >= 500) {
      return {
        title: "Something went wrong on our side",
        detail: "The server couldn't answer just now. Please try again in a moment.",
      };
    }
    return { title: "That request didn't work", detail: error.problem.detail || error.problem.title };
  }
  return {
    title: "Something went wrong",
    detail: "An unexpected error stopped this part of the page from loading.",
  };
}

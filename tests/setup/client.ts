import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach, vi } from "vitest";

afterEach(() => cleanup());

// A React warning is a bug: make console.error fail the test that caused it.
const consoleError = console.error;
vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
  consoleError(...args);
  throw new Error(`console.error was called: ${args.map(String).join(" ")}`);
});

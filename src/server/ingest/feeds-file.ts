import { readFile } from "node:fs/promises";

/**
 * The operator's list of feeds: one URL or file path a line; blank lines and lines starting with
 * "#" are ignored, as is anything after whitespace on a line (room for a note).
 */
export function parseFeedsFile(text: string): string[] {
  const feeds = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"))
    .map((line) => line.split(/\s+/)[0] ?? "")
    .filter((feed) => feed !== "");
  return [...new Set(feeds)];
}

/** The listed feeds, or none when the file does not exist. */
export async function readFeedsFile(path: string): Promise<string[]> {
  try {
    return parseFeedsFile(await readFile(path, "utf8"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

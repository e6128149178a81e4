import { type AnyFeed, parseFeed as parseAnyFeed } from "feedsmith";

export class FeedRejectedError extends Error {}

/** Any of RSS 2.0, Atom, RDF and JSON Feed, detected by feedsmith; anything else is refused. */
export function parseFeed(body: string): AnyFeed {
  const text = body.replace(/^\uFEFF/, "");
  let input: unknown = text;
  if (/^\s*[{[]/.test(text)) {
    try {
      input = JSON.parse(text);
    } catch {
      throw new FeedRejectedError("The feed looks like JSON but is not valid JSON");
    }
  }
  try {
    return parseAnyFeed(input);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new FeedRejectedError(`Not a feed Broadsheet can read (RSS, Atom, RDF or JSON Feed): ${reason}`);
  }
}

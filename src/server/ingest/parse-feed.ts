import { XMLValidator } from "fast-xml-parser";
import { type AnyFeed, parseFeed as parseAnyFeed } from "feedsmith";

/** A feed refused as a whole; its message is stored on the source and shown to the operator. */
export class FeedRejectedError extends Error {}

const MAX_ERROR_SNIPPET = 120;

/**
 * Any of RSS 2.0, Atom, RSS 1.0/RDF and JSON Feed. XML must be well formed (a truncated download is
 * refused, not half-read) and may not declare entities: a DTD with <!ENTITY> is how billion-laughs
 * and external-entity attacks arrive, and no real feed needs one.
 */
export function parseFeed(text: string): AnyFeed {
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") throw new FeedRejectedError("The feed is empty");

  if (/^\s*[{[]/.test(body)) {
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch (error) {
      throw new FeedRejectedError(
        `The feed is not valid JSON: ${(error as Error).message.slice(0, MAX_ERROR_SNIPPET)}`,
      );
    }
    return parseDetected(json, "JSON that is not a JSON Feed");
  }

  if (/<!ENTITY/i.test(body)) {
    throw new FeedRejectedError(
      "The feed declares XML entities in a DTD, which Broadsheet refuses for safety",
    );
  }
  if (!/^\s*</.test(body))
    throw new FeedRejectedError("The response is neither XML nor JSON, so it is not a feed");
  const validation = XMLValidator.validate(body, { allowBooleanAttributes: true });
  if (validation !== true) {
    const { msg, line, col } = validation.err;
    throw new FeedRejectedError(
      `The feed is not well-formed XML (line ${line}, column ${col}): ${msg.slice(0, MAX_ERROR_SNIPPET)}`,
    );
  }
  return parseDetected(body, "XML that is not an RSS, Atom or RDF feed");
}

function parseDetected(input: unknown, whatItIs: string): AnyFeed {
  try {
    return parseAnyFeed(input);
  } catch {
    throw new FeedRejectedError(`The response is ${whatItIs}`);
  }
}

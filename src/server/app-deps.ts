import type { Kysely } from "kysely";
import type { Logger } from "pino";
import type { CursorCodec } from "./db/cursor";
import type { Database } from "./db/tables";
import type { ResponseCache } from "./http/response-cache";

/** Everything the HTTP app needs from outside; tests build the same app with their own. */
export type AppDeps = {
  db: Kysely<Database>;
  /** Serialised API answers; index.ts also serves its hits before the app. */
  responseCache: ResponseCache;
  cursors: CursorCodec;
  logger: Logger;
  /** Folder of the built client (index.html and assets/), or null to serve the API only. */
  clientDist: string | null;
  /** The server-rendering entry built from the client's route modules, or null for client-only pages. */
  serverEntry: string | null;
  /** The public origin for absolute links, when the operator sets one (PUBLIC_URL). */
  publicUrl: string | null;
  /** Where generated share-card PNGs are cached. */
  shareCardDirectory: string;
};

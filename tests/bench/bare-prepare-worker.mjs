// The bare preparing's worker thread (ingest-limit.ts), loaded as the server's own prepare worker is
// (src/server/ingest/prepare-worker-entry.mjs): tsx registered in the thread, then the TypeScript.
import { register } from "tsx/esm/api";

register();
const worker = await import("./bare-prepare.ts");

export const prepareBareItems = worker.prepareBareItems;

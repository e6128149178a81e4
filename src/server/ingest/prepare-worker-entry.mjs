// The worker threads' entry (prepare-pool.ts): plain JavaScript that registers tsx's loader in the
// thread before importing the TypeScript worker, since a worker does not inherit the main thread's
// loader hooks on Node 20 and ignores `--import` in its execArgv.
import { register } from "tsx/esm/api";

register();
const worker = await import("./prepare-worker.ts");

export const prepareFeedBody = worker.prepareFeedBody;
export const prepareItems = worker.prepareItems;

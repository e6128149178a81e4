// The polling thread's entry (polling-thread.ts): plain JavaScript that registers tsx's loader in
// the thread before importing the TypeScript, as prepare-worker-entry.mjs does.
import { register } from "tsx/esm/api";

register();
await import("./polling-worker.ts");

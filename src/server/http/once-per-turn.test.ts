import { describe, expect, it } from "vitest";
import { oncePerTurn } from "./once-per-turn";

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("oncePerTurn", () => {
  it("reads once for every call in a turn of the event loop, and afresh in the next", async () => {
    let reads = 0;
    const version = oncePerTurn(() => {
      reads += 1;
      return `v${reads}`;
    });
    expect([version(), version(), version()]).toEqual(["v1", "v1", "v1"]);
    expect(reads).toBe(1);
    await nextTurn();
    expect(version()).toBe("v2");
    await Promise.resolve();
    expect(version()).toBe("v2");
    await nextTurn();
    expect(version()).toBe("v3");
    expect(reads).toBe(3);
  });
});

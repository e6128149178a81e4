import { afterEach, describe, expect, it } from "vitest";
import { formatAbsoluteDate, formatRelativeDate, formatShortDate } from "./format";

const zoneBefore = process.env.TZ;
afterEach(() => {
  process.env.TZ = zoneBefore;
});

describe("dates spelt out without Intl", () => {
  it("says what Intl's British English relative time says, into the past and the future", () => {
    const intl = new Intl.RelativeTimeFormat("en-GB", { numeric: "auto" });
    const now = Date.UTC(2026, 10, 25, 12);
    const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [
      ["year", 365 * 86_400],
      ["month", 30 * 86_400],
      ["week", 7 * 86_400],
      ["day", 86_400],
      ["hour", 3600],
      ["minute", 60],
    ];
    for (const [unit, size] of units) {
      for (const count of [-11, -3, -2, -1, 1, 2, 3, 11]) {
        // Just past a whole number of this unit, and below the next unit up.
        const seconds = count * size + Math.sign(count) * 5;
        const iso = new Date(now + seconds * 1000).toISOString();
        const expected = units.find(([, bigger]) => Math.abs(seconds) >= bigger);
        if (!expected || expected[0] !== unit) continue;
        expect(formatRelativeDate(iso, now), `${count} ${unit}`).toBe(intl.format(count, unit));
      }
    }
    expect(formatRelativeDate(new Date(now - 20_000).toISOString(), now)).toBe("just now");
  });

  it("writes dates as Intl does in en-GB, months and all", () => {
    process.env.TZ = "UTC";
    const long = new Intl.DateTimeFormat("en-GB", {
      day: "numeric",
      month: "long",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      timeZoneName: "short",
    });
    const short = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric" });
    for (let month = 0; month < 12; month += 1) {
      const date = new Date(Date.UTC(2026, month, 9, 7, 5));
      expect(formatAbsoluteDate(date.toISOString())).toBe(long.format(date));
      expect(formatShortDate(date.toISOString())).toBe(short.format(date));
    }
  });

  it("gives the reader's own time, named by its offset from UTC", () => {
    process.env.TZ = "America/New_York";
    expect(formatAbsoluteDate("2026-11-23T21:10:00Z")).toBe("23 November 2026 at 16:10 UTC-5");
    expect(formatAbsoluteDate("2026-07-01T00:30:00Z")).toBe("30 June 2026 at 20:30 UTC-4");
    process.env.TZ = "Asia/Kolkata";
    expect(formatAbsoluteDate("2026-11-23T21:10:00Z")).toBe("24 November 2026 at 02:40 UTC+5:30");
    expect(formatShortDate("2026-11-23T21:10:00Z")).toBe("24 Nov 2026");
  });
});

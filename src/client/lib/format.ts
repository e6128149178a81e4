/**
 * Dates and numbers through Intl. One fixed locale, so the text is the same wherever the page is
 * rendered (server or browser) and hydration never disagrees about a comma.
 */
const LOCALE = "en-GB";

// dateStyle/timeStyle cannot be combined with timeZoneName, hence the separate fields.
const absoluteFormat = new Intl.DateTimeFormat(LOCALE, {
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZoneName: "short",
});
const shortDateFormat = new Intl.DateTimeFormat(LOCALE, { day: "numeric", month: "short", year: "numeric" });
const relativeFormat = new Intl.RelativeTimeFormat(LOCALE, { numeric: "auto" });

/** "23 November 2026 at 21:10 GMT": the reader's own time zone, named. */
export function formatAbsoluteDate(iso: string): string {
  return absoluteFormat.format(new Date(iso));
}

export function formatShortDate(iso: string): string {
  return shortDateFormat.format(new Date(iso));
}

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

/** "3 hours ago", "yesterday", "last month". */
export function formatRelativeDate(iso: string, now: number = Date.now()): string {
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relativeFormat.format(Math.trunc(seconds / size), unit);
  }
  return "just now";
}

export function isOlderThanAYear(iso: string, now: number = Date.now()): boolean {
  return now - new Date(iso).getTime() > 365 * 24 * 3600 * 1000;
}

export function formatReadingTime(minutes: number): string {
  return `${minutes} min read`;
}

export function formatCount(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

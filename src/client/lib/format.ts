/**
 * Dates in British English, spelt out by hand rather than through Intl: the first Intl date or
 * relative-time formatter a page makes loads the browser's locale data, 40-70 ms on the main thread
 * of a phone in the middle of hydration, and Node and the browser ship different ICU versions that
 * need not agree on a word ("Sep" or "Sept"), which would make the two renders differ.
 */
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;
const SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"];

const twoDigits = (value: number) => String(value).padStart(2, "0");

/** "UTC", "UTC+1", "UTC-5", "UTC+5:30": the offset of the reader's zone on that date. */
function zoneOf(date: Date): string {
  const minutes = -date.getTimezoneOffset();
  if (minutes === 0) return "UTC";
  const hours = Math.floor(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  return `UTC${minutes > 0 ? "+" : "-"}${hours}${rest ? `:${twoDigits(rest)}` : ""}`;
}

/** "23 November 2026 at 21:10 UTC": the reader's own time zone, named by its offset. */
export function formatAbsoluteDate(iso: string): string {
  const date = new Date(iso);
  const time = `${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`;
  return `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()} at ${time} ${zoneOf(date)}`;
}

/** "23 Nov 2026". */
export function formatShortDate(iso: string): string {
  const date = new Date(iso);
  return `${date.getDate()} ${SHORT_MONTHS[date.getMonth()]} ${date.getFullYear()}`;
}

type Unit = "year" | "month" | "week" | "day" | "hour" | "minute";
const UNITS: Array<[Unit, number]> = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];
/** What English says for one unit back or ahead, where it has a word for it. */
const ONE_BACK: Partial<Record<Unit, string>> = {
  year: "last year",
  month: "last month",
  week: "last week",
  day: "yesterday",
};
const ONE_AHEAD: Partial<Record<Unit, string>> = {
  year: "next year",
  month: "next month",
  week: "next week",
  day: "tomorrow",
};

function relative(value: number, unit: Unit): string {
  if (value === -1 && ONE_BACK[unit]) return ONE_BACK[unit];
  if (value === 1 && ONE_AHEAD[unit]) return ONE_AHEAD[unit];
  const amount = `${Math.abs(value)} ${unit}${Math.abs(value) === 1 ? "" : "s"}`;
  return value < 0 ? `${amount} ago` : `in ${amount}`;
}

/** "3 hours ago", "yesterday", "last month". */
export function formatRelativeDate(iso: string, now: number = Date.now()): string {
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relative(Math.trunc(seconds / size), unit);
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

import { formatAbsoluteDate, formatRelativeDate } from "../lib/format";

/**
 * "3 hours ago" for reading, the exact date and zone in `title` and `dateTime` for precision.
 * The relative text depends on the clock, so a server-rendered copy may differ by a minute.
 */
export function RelativeTime({ iso, className }: { iso: string; className?: string }) {
  const absolute = formatAbsoluteDate(iso);
  return (
    <time dateTime={iso} title={absolute} className={className} suppressHydrationWarning>
      {formatRelativeDate(iso)}
    </time>
  );
}

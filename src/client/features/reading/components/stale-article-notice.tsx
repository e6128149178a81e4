import { LineIcon } from "../../../components/line-icon";
import { formatShortDate, isOlderThanAYear } from "../../../lib/format";

/** Old news presented as new misleads: say plainly when an article is more than a year old. */
export function StaleArticleNotice({ publishedAt }: { publishedAt: string }) {
  if (!isOlderThanAYear(publishedAt)) return null;
  return (
    <p
      className="flex gap-3 rounded-md bg-notice px-4 py-3 font-sans text-sm text-notice-ink"
      suppressHydrationWarning
    >
      <LineIcon className="mt-0.5 size-4 shrink-0">
        <circle cx="12" cy="12" r="9" />
        <path strokeLinecap="round" d="M12 7v5l3 2" />
      </LineIcon>
      <span>
        <strong className="font-semibold">This article is more than a year old.</strong> It was published on{" "}
        {formatShortDate(publishedAt)}; some details may have changed since.
      </span>
    </p>
  );
}

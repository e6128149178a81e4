/**
 * Feed dates to ISO 8601 keeping the publisher's own offset (so "10:00 in Tokyo" stays that), plus
 * the UTC instant for sorting. RFC 3339 (Atom, JSON Feed) and RFC 822 (RSS) are read exactly;
 * anything else falls back to the platform parser and is given in UTC.
 */
export type FeedDate = { iso: string; epochMs: number };

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([Zz]|[+-]\d{2}:?\d{2})?$/;
const RFC822 =
  /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Za-z]{1,5})?$/;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const NAMED_ZONES: Record<string, number> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  cet: 60,
  cest: 120,
  bst: 60,
  ist: 330,
  jst: 540,
};

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function parseOffset(text: string | undefined): number | null {
  if (!text) return 0;
  const named = NAMED_ZONES[text.toLowerCase()];
  if (named !== undefined) return named;
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(text);
  if (!match) return null;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === "-" ? -minutes : minutes;
}

function build(parts: {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  offset: number;
}): FeedDate | null {
  const { year, month, day, hour, minute, second, offset } = parts;
  const epochMs = Date.UTC(year, month - 1, day, hour, minute, second) - offset * 60_000;
  const check = new Date(epochMs + offset * 60_000);
  if (Number.isNaN(epochMs) || check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return null;
  const iso = `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${formatOffset(offset)}`;
  return { iso, epochMs };
}

export function parseFeedDate(value: string | undefined | null): FeedDate | null {
  const text = value?.trim();
  if (!text) return null;

  const rfc3339 = RFC3339.exec(text);
  if (rfc3339) {
    const offset = parseOffset(rfc3339[7]);
    if (offset === null) return null;
    return build({
      year: Number(rfc3339[1]),
      month: Number(rfc3339[2]),
      day: Number(rfc3339[3]),
      hour: Number(rfc3339[4]),
      minute: Number(rfc3339[5]),
      second: Number(rfc3339[6] ?? 0),
      offset,
    });
  }

  const rfc822 = RFC822.exec(text);
  if (rfc822) {
    const month = MONTHS.indexOf((rfc822[2] ?? "").toLowerCase()) + 1;
    const offset = parseOffset(rfc822[7]);
    const rawYear = Number(rfc822[3]);
    if (month > 0 && offset !== null) {
      return build({
        year: rawYear < 100 ? 2000 + rawYear : rawYear,
        month,
        day: Number(rfc822[1]),
        hour: Number(rfc822[4]),
        minute: Number(rfc822[5]),
        second: Number(rfc822[6] ?? 0),
        offset,
      });
    }
  }

  const epochMs = Date.parse(text);
  if (Number.isNaN(epochMs)) return null;
  return { iso: new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, "+00:00"), epochMs };
}

import { daysInMonth, parsePartialDate, type DatePrecision, type PartialDateParts } from './date-parts.ts';

function partsOf(value: string): PartialDateParts {
  const parts = parsePartialDate(value);
  if (!parts) throw new Error(`Not a valid date: ${JSON.stringify(value)}`);
  return parts;
}

/** The first day a partial date can mean, as `YYYY-MM-DD` (`2008-05` → `2008-05-01`). */
export function firstDay(value: string): string {
  const { year, month = 1, day = 1 } = partsOf(value);
  return isoDay(year, month, day);
}

/** The last day a partial date can mean (`2008-02` → `2008-02-29`). */
export function lastDay(value: string): string {
  const { year, month, day } = partsOf(value);
  const m = month ?? 12;
  return isoDay(year, m, day ?? daysInMonth(year, m));
}

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** UTC milliseconds of the first moment a partial date covers: the same number in every time zone. */
export function startTime(value: string): number {
  const { year, month = 1, day = 1 } = partsOf(value);
  return Date.UTC(year, month - 1, day);
}

/** UTC milliseconds just after the last day a partial date covers. */
export function endTime(value: string): number {
  return startTime(lastDay(value)) + 86_400_000;
}

export function yearOf(value: string): number {
  return partsOf(value).year;
}

export function precisionOf(value: string) {
  return partsOf(value).precision;
}

/** Orders by first day, then coarser precision first (so "2008" leads the dated events of 2008). */
export function comparePartialDates(a: string, b: string): number {
  const byDay = firstDay(a).localeCompare(firstDay(b));
  if (byDay !== 0) return byDay;
  const rank = { year: 0, month: 1, day: 2 } as const;
  return rank[precisionOf(a)] - rank[precisionOf(b)];
}

const OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};
// Making an Intl.DateTimeFormat is slow (it loads locale data): a 10,000-event build spent 12 s doing it per date.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Formats a date exactly as written, at its own precision, in UTC so it never shifts ("17 May 2008", "May 2008", "2008"). */
export function formatPartialDate(value: string, language: string): string {
  const { year, month, day, precision } = partsOf(value);
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const key = `${language} ${precision}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language, OPTIONS[precision]);
    formatters.set(key, formatter);
  }
  return formatter.format(date);
}

/** "17 May 2008 – June 2010"; a single date when there is no end. */
export function formatDateSpan(date: string, end: string | undefined, language: string): string {
  const from = formatPartialDate(date, language);
  return end ? `${from} – ${formatPartialDate(end, language)}` : from;
}

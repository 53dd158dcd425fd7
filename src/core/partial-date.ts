// Calendar dates as the event file writes them (`2008`, `2008-05`, `2008-05-17`), parsed once at the schema boundary.
// Free of zod and of the DOM, so the build, the CLIs and the browser all use this one module.

/** The three precisions a date in the event file may be written with. */
export type DatePrecision = 'year' | 'month' | 'day';

/** A date as written, with the span of time it covers. Instants are UTC, so no reader's time zone shifts them. */
export interface PartialDate {
  /** Exactly as written in the file. */
  readonly text: string;
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly precision: DatePrecision;
  /** UTC milliseconds of the first moment the date covers (`2008-05` → 1 May 2008, 00:00). */
  readonly start: number;
  /** UTC milliseconds just after the last day it covers (`2008-05` → 1 June 2008, 00:00). */
  readonly end: number;
}

// Months 01–12 and days 01–31 are part of the shape; whether the day exists in that month is checked after.
export const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** UTC milliseconds of a calendar day. `Date.UTC` maps years 0–99 to 1900–1999; setting the year afterwards does not. */
export function utcDay(year: number, month = 1, day = 1): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

export function daysInMonth(year: number, month: number): number {
  return new Date(utcDay(year, month + 1, 0)).getUTCDate();
}

/** Parses `2008`, `2008-05` or `2008-05-17`; `null` if the shape is wrong or the date is not real. */
export function parsePartialDate(text: string): PartialDate | null {
  const m = PARTIAL_DATE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { text, year, precision: 'year', start: utcDay(year), end: utcDay(year + 1) };
  const month = Number(m[2]);
  if (m[3] === undefined) {
    return { text, year, month, precision: 'month', start: utcDay(year, month), end: utcDay(year, month + 1) };
  }
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return {
    text,
    year,
    month,
    day,
    precision: 'day',
    start: utcDay(year, month, day),
    end: utcDay(year, month, day + 1),
  };
}

/** For dates the program itself writes (tests, generated files): throws rather than returning null. */
export function partialDate(text: string): PartialDate {
  const date = parsePartialDate(text);
  if (!date) throw new Error(`Not a valid date: ${JSON.stringify(text)}`);
  return date;
}

/** Orders by first moment, then coarser precision first (so "2008" leads the dated events of 2008). */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  if (a.start !== b.start) return a.start - b.start;
  const rank = { year: 0, month: 1, day: 2 } as const;
  return rank[a.precision] - rank[b.precision];
}

const OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};
// Making an Intl.DateTimeFormat is slow (it loads locale data): a 10,000-event build spent 12 s doing it per date.
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Formats a date exactly as written, at its own precision, in UTC so it never shifts ("17 May 2008", "May 2008",
 * "2008"); `short` abbreviates the month where the language does ("17 Oct 2013"), for tight columns.
 */
export function formatPartialDate(date: PartialDate, language: string, short = false): string {
  const key = `${language} ${date.precision}${short ? ' short' : ''}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const options = OPTIONS[date.precision];
    formatter = new Intl.DateTimeFormat(language, short && options.month ? { ...options, month: 'short' } : options);
    formatters.set(key, formatter);
  }
  return formatter.format(date.start);
}

/** "17 May 2008 – June 2010"; a single date when there is no end. */
export function formatDateSpan(date: PartialDate, end: PartialDate | undefined, language: string): string {
  const from = formatPartialDate(date, language);
  return end ? `${from} – ${formatPartialDate(end, language)}` : from;
}

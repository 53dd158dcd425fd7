// Calendar dates as the event file writes them (`2008`, `2008-05`, `2008-05-17`, and in a file of ancient history
// `-0490` for 491 BC), parsed once at the schema boundary. Free of zod and of the DOM, so the build, the CLIs and the
// browser all use this one module.
//
// Years before year 1 are written as ISO 8601 expanded years in astronomical numbering: year 0 is 1 BC, -1 is 2 BC,
// -0490 is 491 BC (a minus sign and at least four digits, up to six). Dates are proleptic Gregorian, as ISO 8601 and
// JavaScript count them: a day given in the Julian calendar (as most sources before 1582 give them) must be converted.
import { formatMessage, type Message } from './messages.ts';

/** The three precisions a date in the event file may be written with. */
export type DatePrecision = 'year' | 'month' | 'day';

/** A date as written, with the span of time it covers. Instants are UTC, so no reader's time zone shifts them. */
export interface PartialDate {
  /** Exactly as written in the file. */
  readonly text: string;
  /** Astronomical year: 0 is 1 BC, -490 is 491 BC. */
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly precision: DatePrecision;
  /** UTC milliseconds of the first moment the date covers (`2008-05` → 1 May 2008, 00:00). */
  readonly start: number;
  /** UTC milliseconds just after the last day it covers (`2008-05` → 1 June 2008, 00:00). */
  readonly end: number;
  /** The event says its date is approximate (`"circa": true`): shown as "c. 1850", and intervals say "about". */
  readonly circa?: true;
}

// Months 01–12 and days 01–31 are part of the shape; whether the day exists in that month is checked after.
// A year is four digits, or a minus sign and four to six digits (ISO 8601's expanded years, as JavaScript reads them).
export const PARTIAL_DATE = /^(\d{4}|-\d{4,6})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** The earliest year a JavaScript date can hold whole (its range ends on 20 April 271821 BC). */
export const EARLIEST_YEAR = -271_820;

/** UTC milliseconds of a calendar day. `Date.UTC` maps years 0–99 to 1900–1999; setting the year afterwards does not. */
export function utcDay(year: number, month = 1, day = 1): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

export function daysInMonth(year: number, month: number): number {
  return new Date(utcDay(year, month + 1, 0)).getUTCDate();
}

/** Whether the text is written with an expanded (signed) year: only files that set `ancientDates` may use one. */
export function isExpandedYear(text: string): boolean {
  return text.startsWith('-');
}

/**
 * Parses `2008`, `2008-05`, `2008-05-17` or an expanded year such as `-0490` (491 BC); `null` if the shape is wrong,
 * the date is not real, or it lies beyond what a JavaScript date can hold. Minus zero (`-0000`) is not a year: year 0
 * is written `0000`.
 */
export function parsePartialDate(text: string): PartialDate | null {
  const m = PARTIAL_DATE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (Object.is(year, -0) || year < EARLIEST_YEAR) return null;
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

/** The same date marked approximate (an event with `"circa": true`). */
export function circaDate(date: PartialDate): PartialDate {
  return { ...date, circa: true };
}

/** Orders by first moment, then coarser precision first (so "2008" leads the dated events of 2008). */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  if (a.start !== b.start) return a.start - b.start;
  const rank = { year: 0, month: 1, day: 2 } as const;
  return rank[a.precision] - rank[b.precision];
}

/** How a year is written in a date as the file writes it: `2008`, `0042`, `-0490`. */
export function yearText(year: number): string {
  return year < 0 ? `-${String(-year).padStart(4, '0')}` : String(year).padStart(4, '0');
}

/**
 * The `datetime` attribute of a `<time>` for this date, or undefined where HTML has no way to write it: HTML's dates
 * start at year 1, so years 0 and before are shown as text alone.
 */
export function htmlDatetime(date: PartialDate): string | undefined {
  return date.year >= 1 ? date.text : undefined;
}

/** What formatting dates needs from the interface strings (src/i18n/en.ts). */
export interface DateWords {
  /** An approximate date: "c. {date}". */
  circa: Message;
  /** A date before year 1 where Intl has no era for the language: "{date} BC" (the date with the year counted back). */
  beforeCommonEra: Message;
}

const OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};
// Making an Intl.DateTimeFormat is slow (it loads locale data): a 10,000-event build spent 12 s doing it per date.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: string, precision: DatePrecision, era: boolean, short = false): Intl.DateTimeFormat {
  const key = `${language} ${precision} ${era}${short ? ' short' : ''}`;
  let found = formatters.get(key);
  if (!found) {
    const options = OPTIONS[precision];
    found = new Intl.DateTimeFormat(language, {
      ...options,
      ...(era ? { era: 'short' as const } : {}),
      ...(short && options.month ? { month: 'short' as const } : {}),
    });
    formatters.set(key, found);
  }
  return found;
}

/**
 * A year before 1000 in the language's own words for the era ("491 BC", "491 av. J.-C.", "紀元前491年", and "79 AD",
 * so that "August 14 AD" is never read as a day in August). Where Intl has no era for the language, a year before 1
 * is counted back here (491 for -490, never the astronomical number a reader would take for a typo) and given the
 * interface's own words, "{date} BC"; a later year is written plainly.
 */
function formatWithEra(date: PartialDate, language: string, words: DateWords, short: boolean): string {
  const withEra = formatter(language, date.precision, true, short).formatToParts(date.start);
  if (withEra.some((part) => part.type === 'era')) return withEra.map((part) => part.value).join('');
  const plain = formatter(language, date.precision, false, short);
  if (date.year >= 1) return plain.format(date.start);
  const counted = String(1 - date.year);
  const text = plain
    .formatToParts(date.start)
    .map((part) => (part.type === 'year' ? counted : part.value))
    .join('');
  return formatMessage(words.beforeCommonEra, { date: text }, language);
}

/**
 * Formats a date exactly as written, at its own precision, in UTC so it never shifts ("17 May 2008", "May 2008",
 * "2008"); years before 1000 with their era ("491 BC", "79 AD"); an approximate date as "c. 1850". `short`
 * abbreviates the month where the language does ("17 Oct 2013"), for tight columns.
 */
export function formatPartialDate(date: PartialDate, language: string, words: DateWords, short = false): string {
  const text =
    date.year < 1000
      ? formatWithEra(date, language, words, short)
      : formatter(language, date.precision, false, short).format(date.start);
  return date.circa ? formatMessage(words.circa, { date: text }, language) : text;
}

/** A year on its own, as headings, axes and year pages show it: "2008", "491 BC", "79 AD". */
export function formatYear(year: number, language: string, words: DateWords): string {
  return formatPartialDate(
    { text: yearText(year), year, precision: 'year', start: utcDay(year), end: utcDay(year + 1) },
    language,
    words,
  );
}

/** "17 May 2008 – June 2010"; a single date when there is no end. */
export function formatDateSpan(
  date: PartialDate,
  end: PartialDate | undefined,
  language: string,
  words: DateWords,
): string {
  const from = formatPartialDate(date, language, words);
  return end ? `${from} – ${formatPartialDate(end, language, words)}` : from;
}

// How long between two dates of the story, on the calendar (UTC) and no more precisely than the dates were written:
// from "2008-05-17" to "2010-07-27" is 2 years 2 months; from "2008" to "2010" is about 2 years, never a day count;
// from an approximate date ("circa") it is always "about". Years before year 1 count astronomically (year 0 is 1 BC),
// so from 491 BC (-0490) to AD 9 (0009) is 499 years, with no year 0 missing from the sum.
import { formatList } from './list-format.ts';
import { formatMessage } from './messages.ts';
import { daysInMonth, utcDay, type DatePrecision, type PartialDate } from './partial-date.ts';

export interface Interval {
  years: number;
  months: number;
  days: number;
  /** The precision both dates share: the finest unit the interval may be given in. */
  precision: DatePrecision;
  /**
   * True when either date is coarser than a day (the interval is a whole number of that unit, give or take one) or
   * marked approximate (`circa`).
   */
  approximate: boolean;
}

const RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

/** The calendar interval from `from` to `to` (assumed not before it), at the precision both dates share. */
export function intervalBetween(from: PartialDate, to: PartialDate): Interval {
  const precision = RANK[from.precision] <= RANK[to.precision] ? from.precision : to.precision;
  const approximate = precision !== 'day' || Boolean(from.circa) || Boolean(to.circa);
  if (precision === 'year') return { years: to.year - from.year, months: 0, days: 0, precision, approximate };
  let total = (to.year - from.year) * 12 + (to.month! - from.month!);
  let days = 0;
  if (precision === 'day') {
    if (to.day! < from.day!) total -= 1;
    // Step whole months from `from` (a 31st lands on the last day of a shorter month), then count the days left.
    const year = from.year + Math.floor((from.month! - 1 + total) / 12);
    const month = ((from.month! - 1 + total) % 12) + 1;
    const anchor = utcDay(year, month, Math.min(from.day!, daysInMonth(year, month)));
    days = Math.round((to.start - anchor) / 86_400_000);
  }
  const years = Math.floor(total / 12);
  const months = total - years * 12;
  return { years, months, days, precision, approximate };
}

/** The interval in months, for scales and comparisons (days count as a fraction of an average month). */
export function intervalInMonths(interval: Interval): number {
  return interval.years * 12 + interval.months + interval.days / 30.44;
}

/** What formatting an interval needs from the interface strings. */
export interface IntervalStrings {
  /** "about {duration}" */
  approximately: string;
  /** "no time" / "the same day" */
  sameTime: string;
}

const unitFormats = new Map<string, Intl.NumberFormat>();
function unit(value: number, name: 'year' | 'month' | 'day', language: string): string {
  const key = `${language} ${name}`;
  let format = unitFormats.get(key);
  if (!format)
    unitFormats.set(
      key,
      (format = new Intl.NumberFormat(language, { style: 'unit', unit: name, unitDisplay: 'long' })),
    );
  return format.format(value);
}

/**
 * "2 years and 2 months", "about 3 years", "5 days": the two largest units that are not zero, in the language's own
 * words for units and lists (Intl.NumberFormat and Intl.ListFormat, via src/core/list-format.ts), so no English grammar is written here.
 */
export function formatInterval(interval: Interval, language: string, t: IntervalStrings): string {
  const parts: string[] = [];
  if (interval.years) parts.push(unit(interval.years, 'year', language));
  if (interval.months) parts.push(unit(interval.months, 'month', language));
  if (interval.days && !interval.years) parts.push(unit(interval.days, 'day', language));
  if (parts.length === 0) return t.sameTime;
  const text = formatList(parts.slice(0, 2), language);
  return interval.approximate ? formatMessage(t.approximately, { duration: text }, language) : text;
}

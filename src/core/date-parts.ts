// Parsing of partial dates, free of zod so browser code can use it.

/** The three precisions a date in the event file may be written with. */
export type DatePrecision = 'year' | 'month' | 'day';

// Months 01–12 and days 01–31 are part of the shape; whether the day exists in that month is checked after.
export const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

export interface PartialDateParts {
  year: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
}

/** Splits `2008`, `2008-05` or `2008-05-17` into parts; `null` if the shape is wrong or the date is not real. */
export function parsePartialDate(value: string): PartialDateParts | null {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year, precision: 'year' };
  const month = Number(m[2]);
  if (m[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day, precision: 'day' };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

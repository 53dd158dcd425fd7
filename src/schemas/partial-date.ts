import { z } from 'astro/zod';

/** The three precisions a date in the event file may be written with. */
export type DatePrecision = 'year' | 'month' | 'day';

// Months 01–12 and days 01–31 are part of the shape; whether the day exists in that month is checked after.
const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

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

/** A calendar date as written: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Never converted to a time zone. */
export const PartialDateSchema = z
  .string()
  .superRefine((value, ctx) => {
    if (!PARTIAL_DATE.test(value)) {
      ctx.addIssue({ code: 'custom', message: `expected YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(value)}` });
    } else if (!parsePartialDate(value)) {
      ctx.addIssue({ code: 'custom', message: `${JSON.stringify(value)} is not a real calendar date` });
    }
  })
  // Shown by editors through the generated JSON Schema.
  .meta({ pattern: PARTIAL_DATE.source, examples: ['2008', '2008-05', '2008-05-17'] });

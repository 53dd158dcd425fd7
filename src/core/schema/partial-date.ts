import { z } from 'astro/zod';
import { EARLIEST_YEAR, PARTIAL_DATE, parsePartialDate, type PartialDate } from '../partial-date.ts';
import { quoteInput } from './quote-input.ts';

function problem(value: string): string {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return `expected YYYY, YYYY-MM or YYYY-MM-DD, got ${quoteInput(value)}`;
  const year = Number(m[1]);
  if (Object.is(year, -0)) return `${quoteInput(value)}: minus zero is not a year; year 0 (1 BC) is written 0000`;
  if (year < EARLIEST_YEAR)
    return `${quoteInput(value)} is before ${EARLIEST_YEAR} (271,821 BC), the earliest year a date here can hold`;
  return `${quoteInput(value)} is not a real calendar date`;
}

/**
 * A calendar date as written: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, never converted to a time zone; in a file with
 * `"ancientDates": true`, also an expanded year before year 1 (`-0490` is 491 BC: astronomical numbering, year 0 is
 * 1 BC). Parsed here, once: what the schema gives the rest of the program is a `PartialDate`, so nothing downstream
 * reads the string again.
 */
export const PartialDateSchema = z
  .string({ error: (issue) => `expected a date written YYYY, YYYY-MM or YYYY-MM-DD, got ${quoteInput(issue.input)}` })
  // Shown by editors through the generated JSON Schema.
  .meta({ pattern: PARTIAL_DATE.source, examples: ['2008', '2008-05', '2008-05-17', '-0490'] })
  .transform((value, ctx): PartialDate => {
    const date = parsePartialDate(value);
    if (date) return date;
    ctx.issues.push({ code: 'custom', input: value, message: problem(value) });
    return z.NEVER;
  });

/** Whether a refinement's input is a parsed date: one that failed to parse is already reported and is still a string. */
export const isPartialDate = (value: unknown): value is PartialDate =>
  typeof value === 'object' && value !== null && 'start' in value && 'end' in value;

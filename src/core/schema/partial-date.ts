import { z } from 'astro/zod';
import { PARTIAL_DATE, parsePartialDate, type PartialDate } from '../partial-date.ts';
import { quoteInput } from './quote-input.ts';

/**
 * A calendar date as written: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, never converted to a time zone. Parsed here, once:
 * what the schema gives the rest of the program is a `PartialDate`, so nothing downstream reads the string again.
 */
export const PartialDateSchema = z
  .string({ error: (issue) => `expected a date written YYYY, YYYY-MM or YYYY-MM-DD, got ${quoteInput(issue.input)}` })
  // Shown by editors through the generated JSON Schema.
  .meta({ pattern: PARTIAL_DATE.source, examples: ['2008', '2008-05', '2008-05-17'] })
  .transform((value, ctx): PartialDate => {
    const date = parsePartialDate(value);
    if (date) return date;
    ctx.issues.push({
      code: 'custom',
      input: value,
      message: PARTIAL_DATE.test(value)
        ? `${quoteInput(value)} is not a real calendar date`
        : `expected YYYY, YYYY-MM or YYYY-MM-DD, got ${quoteInput(value)}`,
    });
    return z.NEVER;
  });

/** Whether a refinement's input is a parsed date: one that failed to parse is already reported and is still a string. */
export const isPartialDate = (value: unknown): value is PartialDate =>
  typeof value === 'object' && value !== null && 'start' in value && 'end' in value;

import { z } from 'astro/zod';
import { PARTIAL_DATE, parsePartialDate } from '../date-parts.ts';

export { parsePartialDate, daysInMonth, type DatePrecision, type PartialDateParts } from '../date-parts.ts';

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

import { z } from 'astro/zod';
import { EVENT_TYPES } from '../event-types.ts';
import { IdSchema } from './event.ts';
import { PartialDateSchema } from './partial-date.ts';
import { plainText } from './plain-text.ts';
import { markdownText } from './markdown-text.ts';
import { quoteInput } from './quote-input.ts';

/** One chapter of the story read in order: a stretch of time, a few sentences, and the events it turns on. */
export const ChapterSchema = z.strictObject({
  id: IdSchema.describe('A lowercase slug, used in the address (?chapter=…); never change it once published.'),
  title: plainText({ max: 120 }).describe('The chapter heading.'),
  text: markdownText({ max: 3000 })
    .trim()
    .min(1, { error: 'must not be empty' })
    .describe(
      'A few plain sentences, in the same small Markdown subset as an event body. Every claim backed by events in the file.',
    ),
  from: PartialDateSchema.describe('Where the chapter starts: YYYY, YYYY-MM or YYYY-MM-DD. The timeline opens on it.'),
  to: PartialDateSchema.describe('Where it ends; not before `from`.'),
  events: z
    .array(IdSchema)
    .optional()
    .describe(
      'Ids of the events the chapter turns on: highlighted while it is read; the others are dimmed, never hidden.',
    ),
  types: z
    .array(
      z.enum(EVENT_TYPES, {
        error: (issue) =>
          `expected one of ${EVENT_TYPES.map((t) => `"${t}"`).join(', ')}, got ${quoteInput(issue.input)}`,
      }),
    )
    .optional()
    .describe('Highlight every event of these types in the span, instead of (or besides) listing events.'),
});

export type Chapter = z.output<typeof ChapterSchema>;

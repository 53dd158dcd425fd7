import { z } from 'astro/zod';
import { parsePartialDate, PartialDateSchema } from './partial-date.ts';
import { plainText, WebUrlSchema } from './plain-text.ts';
import { endTime, startTime } from '../partial-date.ts';

import { EVENT_TYPES, RATING_LEVELS } from '../event-types.ts';

export { EVENT_TYPES, RATING_LEVELS, type EventType, type RatingLevel } from '../event-types.ts';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const IdSchema = z.string().regex(SLUG, {
  error: (issue) =>
    `expected a lowercase slug like "khyra-ishaq-dies" (letters a-z, digits, single hyphens), got ${JSON.stringify(issue.input)}`,
});

export const SourceSchema = z.strictObject({
  publisher: plainText({ max: 120 }).describe(
    'Who published it: "BBC News", "Ofsted", "Birmingham Safeguarding Children Board".',
  ),
  title: plainText({ max: 300 }).describe('The headline or document title, as published.'),
  date: PartialDateSchema.optional().describe('When it was published: YYYY, YYYY-MM or YYYY-MM-DD.'),
  url: WebUrlSchema.optional().describe('Where to read it (http or https). Leave out rather than guess.'),
});

export const PersonSchema = z.strictObject({
  name: plainText({ max: 120 }).describe("The person's name as the sources give it."),
  role: plainText({ max: 160 }).optional().describe('Their role at the time of the event.'),
});

export const RatingSchema = z.strictObject({
  label: plainText({ max: 80 }).describe(
    'The inspectorate’s own words: "Inadequate", "Zero stars", "Performs poorly", "Good".',
  ),
  level: z
    .enum(RATING_LEVELS, {
      error: (issue) =>
        `expected one of ${RATING_LEVELS.map((l) => `"${l}"`).join(', ')}, got ${JSON.stringify(issue.input)}`,
    })
    .describe(
      'The same judgement on the common scale (failing, weak, adequate, good, outstanding), for charting the rating history.',
    ),
});

export const QuoteSchema = z.strictObject({
  text: plainText({ max: 300 }).describe('A short quote, word for word, without quotation marks.'),
  by: plainText({ max: 160 }).describe('Who said or wrote it.'),
});

export const FigureSchema = z.strictObject({
  label: plainText({ max: 160 }).describe('What is counted: "Staff off sick at any one time".'),
  value: z.number({ error: (issue) => `expected a number, got ${JSON.stringify(issue.input)}` }),
  unit: plainText({ max: 30 }).optional().describe('"%", "£m", "cases"…'),
  compare: z
    .strictObject({
      label: plainText({ max: 160 }),
      value: z.number({ error: (issue) => `expected a number, got ${JSON.stringify(issue.input)}` }),
    })
    .optional()
    .describe('What the source compares it with, if anything.'),
});

export const EventSchema = z
  .strictObject({
    id: IdSchema.describe("Unique, lowercase slug; used in the event's URL, so never change it once published."),
    type: z
      .enum(EVENT_TYPES, {
        error: (issue) =>
          issue.input === undefined
            ? 'required field is missing'
            : `expected one of ${EVENT_TYPES.map((t) => `"${t}"`).join(', ')}, got ${JSON.stringify(issue.input)}`,
      })
      .describe('What kind of event: report, inspection, appointment or case.'),
    date: PartialDateSchema.describe('When it happened, as precisely as the sources say: YYYY, YYYY-MM or YYYY-MM-DD.'),
    end: PartialDateSchema.optional().describe(
      'When it ended (tenures, inspection periods, trials); not before `date`.',
    ),
    title: plainText({ max: 140 }).describe('A headline in plain text, at most 140 characters.'),
    summary: plainText({ max: 500 }).describe(
      'One to three sentences of plain text, at most 500 characters, in your own words.',
    ),
    body: z
      .string()
      .optional()
      .describe(
        'Longer text in a small Markdown subset: paragraphs, *emphasis*, [links](https://…) and lists. Raw HTML is shown as text.',
      ),
    sources: z
      .array(SourceSchema)
      .min(1, { error: 'needs at least one source' })
      .describe('At least one source; the most authoritative first.'),
    people: z.array(PersonSchema).optional().describe('People involved and their roles at the time.'),
    place: plainText({ max: 120 }).optional().describe('Where it happened.'),
    rating: RatingSchema.optional().describe('For inspections: the judgement.'),
    quote: QuoteSchema.optional().describe('At most one short quote, attributed.'),
    figures: z.array(FigureSchema).optional().describe('Numbers that tell the story.'),
    note: plainText({ max: 1000 }).optional().describe('Where sources disagree, or a correction: shown prominently.'),
    sensitive: z
      .boolean({ error: (issue) => `expected true or false, got ${JSON.stringify(issue.input)}` })
      .optional()
      .describe("True for a child's death or abuse: a content note is shown before the text."),
    related: z.array(IdSchema).optional().describe('Ids of other events a reader would follow from this one.'),
    tags: z
      .array(plainText({ max: 60 }))
      .optional()
      .describe('Free tags for grouping.'),
  })
  .superRefine(
    (event, ctx) => {
      const { date, end } = event as { date?: unknown; end?: unknown };
      if (typeof date !== 'string' || typeof end !== 'string' || !parsePartialDate(date) || !parsePartialDate(end))
        return;
      if (endTime(end) <= startTime(date)) {
        ctx.addIssue({
          code: 'custom',
          path: ['end'],
          message: `${JSON.stringify(end)} is before the start date ${JSON.stringify(date)}`,
        });
      }
    },
    { when: () => true },
  );

export type TimelineEvent = z.output<typeof EventSchema>;
export type TimelineEventInput = z.input<typeof EventSchema>;
export type Source = z.output<typeof SourceSchema>;
export type Figure = z.output<typeof FigureSchema>;

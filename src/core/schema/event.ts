import { z } from 'astro/zod';
import { isPartialDate, PartialDateSchema } from './partial-date.ts';
import { circaDate } from '../partial-date.ts';
import { quoteInput } from './quote-input.ts';
import { MediaSchema } from './media.ts';
import { plainText, WebUrlSchema } from './plain-text.ts';
import { markdownText } from './markdown-text.ts';

import { EVENT_TYPES, RATING_LEVELS, SLUG } from '../event-types.ts';
import { isReservedId } from '../page-ids.ts';

export { EVENT_TYPES, RATING_LEVELS, type EventType, type RatingLevel } from '../event-types.ts';

export const IdSchema = z.string().regex(SLUG, {
  error: (issue) =>
    `expected a lowercase slug like "khyra-ishaq-dies" (letters a-z, digits, single hyphens), got ${quoteInput(issue.input)}`,
});

/** An event's own id: also an element id on the pages that list events, so it must not take one the pages use. */
export const EventIdSchema = IdSchema.refine((id) => !isReservedId(id), {
  error: (issue) =>
    `${quoteInput(issue.input)} is a name the pages use for their own parts (see src/core/page-ids.ts); choose another id`,
});

export const SourceSchema = z
  .strictObject({
    publisher: plainText({ max: 120 }).describe(
      'Who published it: "BBC News", "Ofsted", "Birmingham Safeguarding Children Board".',
    ),
    title: plainText({ max: 300 })
      .optional()
      .describe(
        'The headline or document title exactly as published, word for word: shown in quotation marks. Give `description` instead when the headline is not known.',
      ),
    description: plainText({ max: 300 })
      .optional()
      .describe(
        'Your own words for the item when its headline is not known, e.g. "Birmingham Post report on the 2005 inspection": shown without quotation marks. Give exactly one of `title` and `description`.',
      ),
    date: PartialDateSchema.optional().describe('When it was published: YYYY, YYYY-MM or YYYY-MM-DD.'),
    url: WebUrlSchema.optional().describe('Where to read it (http or https). Leave out rather than guess.'),
  })
  // A headline is quoted as published or not quoted at all: exactly one of the two says what the source is.
  .superRefine(
    (source, ctx) => {
      if (typeof source !== 'object' || source === null) return;
      const { title, description } = source as { title?: unknown; description?: unknown };
      if (title !== undefined && description !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['description'],
          message:
            'a source has either "title" (the headline as published) or "description" (your own words for it), not both',
        });
      } else if (title === undefined && description === undefined) {
        ctx.addIssue({
          code: 'custom',
          message:
            'give "title" (the headline exactly as published) or, when the headline is not known, "description" (your own words for the item)',
        });
      }
    },
    { when: () => true },
  )
  .meta({ oneOf: [{ required: ['title'] }, { required: ['description'] }] });

/** The reply of the council, a named person or the other side, as one of the event's sources carries it. */
export const ResponseSchema = z.strictObject({
  by: plainText({ max: 160 }).describe('Who replied: "Birmingham City Council", "Peter Hay, strategic director".'),
  text: plainText({ max: 600 }).describe('What they said, in your words or as a short attributed quote.'),
  source: z
    .number({ error: (issue) => `expected the number of one of this event's sources, got ${quoteInput(issue.input)}` })
    .int({ error: 'expected a whole number: the position of the source in "sources", counting from 0' })
    .min(0, { error: 'expected the position of the source in "sources", counting from 0' })
    .describe("Which of this event's sources carries the response: its position in `sources`, counting from 0."),
});

export const PersonSchema = z.strictObject({
  name: plainText({ max: 120 }).describe("The person's name as the sources give it."),
  role: plainText({ max: 160 }).optional().describe('Their role at the time of the event.'),
});

export const RatingSchema = z.strictObject({
  label: plainText({ max: 80 }).describe(
    'The inspectorate’s own words: "Inadequate", "Zero stars", "Performs poorly", "Good".',
  ),
  short: plainText({ max: 30 })
    .optional()
    .describe(
      'The inspectorate’s words cut to fit the overview’s rating band, when `label` is long: "Requires improvement" for "Requires improvement to be good".',
    ),
  level: z
    .enum(RATING_LEVELS, {
      error: (issue) =>
        `expected one of ${RATING_LEVELS.map((l) => `"${l}"`).join(', ')}, got ${quoteInput(issue.input)}`,
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
  value: z.number({ error: (issue) => `expected a number, got ${quoteInput(issue.input)}` }),
  unit: plainText({ max: 30 }).optional().describe('"%", "£m", "cases"…'),
  compare: z
    .strictObject({
      label: plainText({ max: 160 }),
      value: z.number({ error: (issue) => `expected a number, got ${quoteInput(issue.input)}` }),
    })
    .optional()
    .describe('What the source compares it with, if anything.'),
});

export const EventSchema = z
  .strictObject({
    id: EventIdSchema.describe("Unique, lowercase slug; used in the event's URL, so never change it once published."),
    type: z
      .enum(EVENT_TYPES, {
        error: (issue) =>
          issue.input === undefined
            ? 'required field is missing'
            : `expected one of ${EVENT_TYPES.map((t) => `"${t}"`).join(', ')}, got ${quoteInput(issue.input)}`,
      })
      .describe('What kind of event: report, inspection, appointment or case.'),
    date: PartialDateSchema.describe(
      'When it happened, as precisely as the sources say: YYYY, YYYY-MM or YYYY-MM-DD (in a file with `ancientDates`, -YYYY before year 1: -0490 is 491 BC).',
    ),
    end: PartialDateSchema.optional().describe(
      'When it ended (tenures, inspection periods, trials); not before `date`.',
    ),
    circa: z
      .boolean({ error: (issue) => `expected true or false, got ${quoteInput(issue.input)}` })
      .optional()
      .describe(
        'True when the sources give the date only roughly: shown as "c. 1850", drawn with a soft marker, and the time to other events is given as "about".',
      ),
    title: plainText({ max: 140 }).describe('A headline in plain text, at most 140 characters.'),
    label: plainText({ max: 40 })
      .optional()
      .describe(
        'A short label for tight places (the overview\'s callouts, the timeline), at most 40 characters: "Khyra Ishaq dies". Says no more than the title.',
      ),
    summary: plainText({ max: 500 }).describe(
      'One to three sentences of plain text, at most 500 characters, in your own words.',
    ),
    body: markdownText({ max: 20_000 })
      .optional()
      .describe(
        'Longer text in a small Markdown subset: paragraphs, *emphasis*, [links](https://…) and lists. Raw HTML is shown as text.',
      ),
    sources: z
      .array(SourceSchema)
      .min(1, { error: 'needs at least one source' })
      .describe('At least one source; the most authoritative first.'),
    responses: z
      .array(ResponseSchema)
      .optional()
      .describe(
        'Replies of the council, a named person or the other side, where a cited source carries them: shown as "Response: …".',
      ),
    people: z.array(PersonSchema).optional().describe('People involved and their roles at the time.'),
    place: plainText({ max: 120 }).optional().describe('Where it happened.'),
    rating: RatingSchema.optional().describe('For inspections: the judgement.'),
    quote: QuoteSchema.optional().describe('At most one short quote, attributed.'),
    figures: z.array(FigureSchema).optional().describe('Numbers that tell the story.'),
    note: plainText({ max: 1000 }).optional().describe('Where sources disagree, or a correction: shown prominently.'),
    sensitive: z
      .boolean({ error: (issue) => `expected true or false, got ${quoteInput(issue.input)}` })
      .optional()
      .describe("True for a child's death or abuse: a content note is shown before the text."),
    highlight: z
      .boolean({ error: (issue) => `expected true or false, got ${quoteInput(issue.input)}` })
      .optional()
      .describe(
        'True for one of the turning points of the story (a handful): always labelled on the timeline and drawn as a callout on the overview.',
      ),
    media: z
      .array(MediaSchema)
      .max(20, { error: 'at most 20 media items on one event' })
      .optional()
      .describe(
        "Pictures, documents, video and audio: files in the event file's folder (media/…), or the https address of a video or audio page, each with alt text and a credit. Only use an item whose licence you can state.",
      ),
    related: z.array(IdSchema).optional().describe('Ids of other events a reader would follow from this one.'),
    tags: z
      .array(plainText({ max: 60 }))
      .optional()
      .describe('Free tags for grouping.'),
  })
  .superRefine(
    (event, ctx) => {
      const { date, end, sources, responses } = event as {
        date?: unknown;
        end?: unknown;
        sources?: unknown;
        responses?: unknown;
      };
      // Dates arrive parsed; one that failed to parse is already reported and is not a PartialDate here.
      if (isPartialDate(date) && isPartialDate(end) && end.end <= date.start) {
        ctx.addIssue({
          code: 'custom',
          path: ['end'],
          message: `${JSON.stringify(end.text)} is before the start date ${JSON.stringify(date.text)}`,
        });
      }
      if (Array.isArray(responses) && Array.isArray(sources) && sources.length > 0) {
        responses.forEach((response: unknown, index) => {
          const source = (response as { source?: unknown } | null)?.source;
          if (typeof source !== 'number' || !Number.isInteger(source) || source < sources.length) return;
          ctx.addIssue({
            code: 'custom',
            path: ['responses', index, 'source'],
            message: `${source} is not one of this event's sources: it has ${sources.length}, numbered 0 to ${sources.length - 1}`,
          });
        });
      }
    },
    { when: () => true },
  )
  // An approximate event's dates carry the mark themselves, so every place that shows or measures them knows.
  .transform((event) =>
    event.circa
      ? { ...event, date: circaDate(event.date), ...(event.end ? { end: circaDate(event.end) } : {}) }
      : event,
  );

export type TimelineEvent = z.output<typeof EventSchema>;
export type TimelineEventInput = z.input<typeof EventSchema>;
export type Source = z.output<typeof SourceSchema>;
export type EventResponse = z.output<typeof ResponseSchema>;
export type Figure = z.output<typeof FigureSchema>;
export type { Media } from './media.ts';

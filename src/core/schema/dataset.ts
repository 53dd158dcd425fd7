import { z } from 'astro/zod';
import { EventSchema } from './event.ts';
import { isPartialDate, PartialDateSchema } from './partial-date.ts';
import { quoteInput } from './quote-input.ts';
import { plainText, WebUrlSchema } from './plain-text.ts';
import { checkDataset } from './dataset-rules.ts';
import { ChapterSchema } from './chapter.ts';

export const CorrectionSchema = z.strictObject({
  date: PartialDateSchema.describe('When the correction was made.'),
  text: plainText({ max: 1000 }).describe('What was corrected and where.'),
});

/** The span the story is about: shaded and labelled on the overview, and the timeline's opening window. */
export const FocusSchema = z
  .strictObject({
    from: PartialDateSchema.describe('Where the span starts: YYYY, YYYY-MM or YYYY-MM-DD.'),
    to: PartialDateSchema.describe('Where it ends (that whole year, month or day included); not before `from`.'),
    label: plainText({ max: 60 })
      .optional()
      .describe('What the span is, in plain text, at most 60 characters: "Rated inadequate, 2008 to January 2019".'),
  })
  .superRefine(
    (focus, ctx) => {
      const { from, to } = focus as { from?: unknown; to?: unknown };
      if (isPartialDate(from) && isPartialDate(to) && to.end <= from.start) {
        ctx.addIssue({
          code: 'custom',
          path: ['to'],
          message: `${JSON.stringify(to.text)} is before "from" (${JSON.stringify(from.text)}): the span must end after it starts`,
        });
      }
    },
    { when: () => true },
  );

/** Far more than a newsroom's largest timeline (the benchmark builds 10,000): a guard against runaway files. */
export const MAX_EVENTS = 50_000;

function isLanguageTag(tag: string): boolean {
  try {
    Intl.getCanonicalLocales(tag);
    return true;
  } catch {
    return false;
  }
}

const LanguageTagSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, {
    error: (issue) => `expected a language tag like "en-GB", got ${quoteInput(issue.input)}`,
  })
  // The shape alone lets "en-GB-GB" through, and Intl then stops the build: ask Intl itself.
  .refine(isLanguageTag, {
    error: (issue) => `${quoteInput(issue.input)} is not a language tag Intl accepts; write e.g. "en-GB" or "fr"`,
  });

/** Another language edition of the same story: its own event file, built and published on its own. */
export const AlternateSchema = z.strictObject({
  language: LanguageTagSchema.describe('The other edition\'s language, as its own file says: "cy", "fr-FR".'),
  url: WebUrlSchema.refine((url) => url.endsWith('/'), {
    error: (issue) => `expected the other edition's home page, ending in "/", got ${quoteInput(issue.input)}`,
  }).describe('The published address of the other edition\'s home page (SITE_URL and BASE_PATH), ending in "/".'),
});

export const DatasetSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Editors’ completion: "./events.schema.json".'),
    title: plainText({ max: 140 }).describe("The timeline's headline."),
    description: plainText({ max: 500 }).optional().describe('One or two sentences shown under the title.'),
    language: LanguageTagSchema.default('en-GB').describe(
      'BCP 47 language tag for dates and interface text; default en-GB.',
    ),
    updated: PartialDateSchema.optional().describe('When the file was last updated.'),
    alternates: z
      .array(AlternateSchema)
      .max(50)
      .optional()
      .describe(
        'The same story in other languages, each its own file and build: `[{ "language", "url" }]`. Pages link to their counterparts with hreflang.',
      ),
    focus: FocusSchema.optional().describe(
      'The span the story is about, `{ "from", "to", "label" }`: shaded and labelled on the overview, and where the timeline opens.',
    ),
    events: z
      .array(EventSchema)
      .max(MAX_EVENTS, {
        error: `at most ${MAX_EVENTS.toLocaleString('en')} events in one file; split the story into several`,
      })
      .describe('Every event; order in the file does not matter.'),
    ancientDates: z
      .boolean({ error: (issue) => `expected true or false, got ${quoteInput(issue.input)}` })
      .optional()
      .describe(
        'True for a history that reaches before the year 1000: years such as "0793" and, before year 1, ISO 8601 expanded years in astronomical numbering ("-0490" is 491 BC, "0000" is 1 BC). Without it such a year is taken for a typo ("0208" for "2008").',
      ),
    corrections: z.array(CorrectionSchema).optional().describe('The public corrections log.'),
    contentNote: z
      .strictObject({
        topic: plainText({ max: 120 }).describe(
          'What events marked `sensitive` concern, to fit "Content note: …" and "Hide events about …": "the death or abuse of a child".',
        ),
      })
      .optional()
      .describe("How content notes describe this story's sensitive events."),
    chapters: z
      .array(ChapterSchema)
      .optional()
      .describe(
        'The story read in order, one chapter at a time ("Read as a story"); each a span of time and a few sentences.',
      ),
    methodology: z
      .array(plainText({ max: 1500 }))
      .optional()
      .describe('Paragraphs for the about page: how this timeline was researched and sourced.'),
  })
  // Runs even when some events are invalid, so that one pass reports every problem in the file.
  .superRefine(checkDataset, { when: () => true });

export type Dataset = z.output<typeof DatasetSchema>;
export type DatasetInput = z.input<typeof DatasetSchema>;

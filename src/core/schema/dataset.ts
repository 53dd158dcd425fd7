import { z } from 'astro/zod';
import { EventSchema } from './event.ts';
import { PartialDateSchema } from './partial-date.ts';
import { quoteInput } from './quote-input.ts';
import { plainText } from './plain-text.ts';

export const CorrectionSchema = z.strictObject({
  date: PartialDateSchema.describe('When the correction was made.'),
  text: plainText({ max: 1000 }).describe('What was corrected and where.'),
});

export const DatasetSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Editors’ completion: "./events.schema.json".'),
    title: plainText({ max: 140 }).describe("The timeline's headline."),
    description: plainText({ max: 500 }).optional().describe('One or two sentences shown under the title.'),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, {
        error: (issue) => `expected a language tag like "en-GB", got ${quoteInput(issue.input)}`,
      })
      .default('en-GB')
      .describe('BCP 47 language tag for dates and interface text; default en-GB.'),
    updated: PartialDateSchema.optional().describe('When the file was last updated.'),
    events: z.array(EventSchema).describe('Every event; order in the file does not matter.'),
    corrections: z.array(CorrectionSchema).optional().describe('The public corrections log.'),
    contentNote: z
      .strictObject({
        topic: plainText({ max: 120 }).describe(
          'What events marked `sensitive` concern, to fit "Content note: …" and "Hide events about …": "the death or abuse of a child".',
        ),
      })
      .optional()
      .describe("How content notes describe this story's sensitive events."),
    methodology: z
      .array(plainText({ max: 1500 }))
      .optional()
      .describe('Paragraphs for the about page: how this timeline was researched and sourced.'),
  })
  // Runs even when some events are invalid, so that one pass reports every problem in the file.
  .superRefine(
    (data, ctx) => {
      if (!Array.isArray(data.events)) return;
      const events = data.events as unknown[];
      const idOf = (event: unknown) => (event as { id?: unknown } | null)?.id;
      const firstIndex = new Map<unknown, number>();
      events.forEach((event, index) => {
        const id = idOf(event);
        if (typeof id !== 'string') return;
        const earlier = firstIndex.get(id);
        if (earlier !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['events', index, 'id'],
            message: `${JSON.stringify(id)} is already the id of events[${earlier}]`,
          });
        } else {
          firstIndex.set(id, index);
        }
      });
      events.forEach((event, index) => {
        const related = (event as { related?: unknown } | null)?.related;
        if (!Array.isArray(related)) return;
        related.forEach((id: unknown, r) => {
          if (typeof id !== 'string') return;
          if (id === idOf(event)) {
            ctx.addIssue({
              code: 'custom',
              path: ['events', index, 'related', r],
              message: 'an event cannot be related to itself',
            });
          } else if (!firstIndex.has(id)) {
            ctx.addIssue({
              code: 'custom',
              path: ['events', index, 'related', r],
              message: `no event has the id ${JSON.stringify(id)}`,
            });
          }
        });
      });
    },
    { when: () => true },
  );

export type Dataset = z.output<typeof DatasetSchema>;
export type DatasetInput = z.input<typeof DatasetSchema>;

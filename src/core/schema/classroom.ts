import { z } from 'astro/zod';
import { IdSchema } from './event.ts';
import { plainText } from './plain-text.ts';

export const GlossaryEntrySchema = z.strictObject({
  term: plainText({ max: 80 }).describe('The word or phrase as it appears in the events.'),
  definition: plainText({ max: 600 }).describe('A plain-English definition a 14-year-old can follow.'),
});

export const QuestionSchema = z.strictObject({
  text: plainText({ max: 400 }).describe('A discussion question.'),
  events: z
    .array(IdSchema)
    .min(1, { error: 'link at least one event the question draws on' })
    .describe('Ids of the events the question draws on.'),
  chapter: IdSchema.optional().describe(
    "The id of the event file's chapter the question fits, where one does: the guide links to it (/?chapter=…).",
  ),
});

export const ActivitySchema = z.strictObject({
  title: plainText({ max: 120 }),
  instructions: plainText({ max: 1200 }),
  categories: z.array(plainText({ max: 60 })).min(2, { error: 'an activity needs at least two categories' }),
  events: z
    .array(IdSchema)
    .min(2, { error: 'list at least two events to work with' })
    .describe('Ids of the events students work with.'),
});

export const HandoutSchema = z.strictObject({
  intro: plainText({ max: 400 }).describe(
    "Two sentences introducing the story to students, under the title of the printed handout (/handout/). Without it, the handout uses the first two sentences of the event file's description.",
  ),
  summaries: z
    .record(IdSchema, plainText({ max: 320 }))
    .optional()
    .describe(
      'Summaries of the key moments (events with "highlight": true) in plain words for students, by event id: one or two sentences, no graphic detail, saying no more than the event\'s own summary. A key moment without one shows its summary.',
    ),
});

/** The classroom edition's content for one story: validated like the events, so another story can bring its own. */
export const ClassroomSchema = z.strictObject({
  $schema: z.string().optional(),
  audience: plainText({ max: 200 }).describe(
    'Who the material suits, e.g. "Ages 14 and over; citizenship, PSHE, social work and journalism".',
  ),
  overview: plainText({ max: 1500 }).describe('A short overview for students.'),
  contentNote: plainText({ max: 600 })
    .optional()
    .describe("What the teacher should know before the lesson, in a sentence or two: the story's difficult subjects."),
  support: z
    .array(plainText({ max: 200 }))
    .optional()
    .describe("Where students and adults can get support: helplines for your readers' country, one per line."),
  glossary: z.array(GlossaryEntrySchema).min(1),
  questions: z.array(QuestionSchema).min(1),
  activity: ActivitySchema,
  handout: HandoutSchema.optional().describe("The printed student handout's own words."),
});

export type Classroom = z.output<typeof ClassroomSchema>;

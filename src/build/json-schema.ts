import { z } from 'astro/zod';
import { DatasetSchema } from '../core/schema/dataset.ts';
import { ClassroomSchema } from '../core/schema/classroom.ts';

/** JSON Schema for the event file, generated from the same zod schema the build uses. */
export function eventFileJsonSchema() {
  return {
    ...z.toJSONSchema(DatasetSchema, { io: 'input', unrepresentable: 'any' }),
    title: 'Timeline event file',
    description: 'One JSON file of events: see data/README.md. Checked by `npm run validate`.',
  };
}

/** JSON Schema for the classroom file (glossary, questions, activity). */
export function classroomJsonSchema() {
  return {
    ...z.toJSONSchema(ClassroomSchema, { io: 'input', unrepresentable: 'any' }),
    title: 'Classroom edition file',
    description:
      'Glossary, discussion questions and activity for one story: see data/README.md. Checked by `npm run validate`.',
  };
}

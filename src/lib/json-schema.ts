import { z } from 'astro/zod';
import { DatasetSchema } from '../schemas/dataset.ts';

/** JSON Schema for the event file, generated from the same zod schema the build uses. */
export function eventFileJsonSchema() {
  return {
    ...z.toJSONSchema(DatasetSchema, { io: 'input', unrepresentable: 'any' }),
    title: 'Timeline event file',
    description: 'One JSON file of events: see data/README.md. Checked by `npm run validate`.',
  };
}

// npm run schema: writes data/events.schema.json from the zod schema, for editors' completion and hover help.
import { writeFileSync } from 'node:fs';
import { classroomJsonSchema, eventFileJsonSchema } from '../src/build/json-schema.ts';

for (const [name, schema] of [
  ['events.schema.json', eventFileJsonSchema()],
  ['classroom.schema.json', classroomJsonSchema()],
] as const) {
  writeFileSync(new URL(`../data/${name}`, import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote data/${name}`);
}

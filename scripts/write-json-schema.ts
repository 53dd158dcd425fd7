// npm run schema: writes data/events.schema.json from the zod schema, for editors' completion and hover help.
import { writeFileSync } from 'node:fs';
import { eventFileJsonSchema } from '../src/lib/json-schema.ts';

const target = new URL('../data/events.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(eventFileJsonSchema(), null, 2)}\n`);
console.log('wrote data/events.schema.json');

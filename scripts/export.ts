// npm run export -- --format timelinejs [--out file.json]: the event file (EVENTS_FILE or data/events.json) as TimelineJS JSON.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadDataset, resolveEventsFile } from '../src/build/events-file.ts';
import { toTimelineJs } from '../src/build/export-timelinejs.ts';

const { values } = parseArgs({
  options: { format: { type: 'string', default: 'timelinejs' }, out: { type: 'string' } },
});
if (values.format !== 'timelinejs') {
  console.error(`Unknown --format "${values.format}": the only format is timelinejs.`);
  process.exit(2);
}
try {
  const output = `${JSON.stringify(toTimelineJs(loadDataset(resolveEventsFile())), null, 2)}\n`;
  if (values.out) writeFileSync(values.out, output);
  else process.stdout.write(output);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

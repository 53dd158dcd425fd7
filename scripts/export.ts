// npm run export -- --format timelinejs [--out file.json]: the event file (EVENTS_FILE or data/events.json) as TimelineJS JSON.
import { loadDataset, resolveEventsFile } from '../src/build/events-file.ts';
import { toTimelineJs } from '../src/build/export-timelinejs.ts';
import { writeFileAtomic } from '../src/build/write-file-atomic.ts';
import { readCliArgs } from './cli-args.ts';

const { values } = readCliArgs(
  { options: { format: { type: 'string', default: 'timelinejs' }, out: { type: 'string' } } },
  'npm run export -- --format timelinejs [--out file.json]',
);
if (values.format !== 'timelinejs') {
  console.error(`Unknown --format "${values.format}": the only format is timelinejs.`);
  process.exit(2);
}
try {
  const output = `${JSON.stringify(toTimelineJs(loadDataset(resolveEventsFile())), null, 2)}\n`;
  if (values.out) writeFileAtomic(values.out, output);
  else process.stdout.write(output);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

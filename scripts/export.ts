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
  // Files in the event file's folder are given at the address the site publishes them (SITE_URL and BASE_PATH, as
  // for the build).
  const site = new URL(
    (process.env.BASE_PATH || '/').replace(/^\/?/, '/'),
    process.env.SITE_URL || 'http://localhost:4321',
  ).href;
  const notes: string[] = [];
  const output = `${JSON.stringify(toTimelineJs(loadDataset(resolveEventsFile()), { site: site.endsWith('/') ? site : `${site}/`, notes }), null, 2)}\n`;
  if (values.out) writeFileAtomic(values.out, output);
  else process.stdout.write(output);
  for (const note of notes) console.error(`check: ${note}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

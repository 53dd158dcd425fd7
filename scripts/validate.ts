// npm run validate [-- path/to/file.json] [-- --watch]: checks an event file and prints every problem, one per line.
// With --watch it checks again on every save, for editors who work without the site open.
import { watch } from 'node:fs';
import { basename, dirname } from 'node:path';
import { readCliArgs } from './cli-args.ts';
import { EVENT_TYPES } from '../src/core/event-types.ts';
import { displayName, resolveEventsFile } from '../src/build/events-file.ts';
import { countByType, yearSpan } from '../src/core/summarize-dataset.ts';
import { resolveClassroomFile } from '../src/build/classroom-file.ts';
import { validateSiteFiles } from '../src/build/site-files.ts';

const { values, positionals } = readCliArgs(
  { allowPositionals: true, options: { watch: { type: 'boolean' } } },
  'npm run validate -- [events.json] [--watch]',
);
const file = resolveEventsFile(positionals[0] || undefined);
// A file named on the command line is checked on its own; the default story is checked with its classroom file.
const classroomFile = positionals[0] ? undefined : resolveClassroomFile();

/** Checks the files once and prints the outcome; true when they are valid. */
function check(): boolean {
  const result = validateSiteFiles(file, classroomFile);
  if (!result.ok) {
    for (const problem of result.problems) console.error(problem);
    console.error(`${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} found`);
    return false;
  }
  const counts = countByType(result.data.events);
  const span = yearSpan(result.data.events);
  const perType = EVENT_TYPES.map((type) => `${counts[type]} ${type}`).join(', ');
  console.log(
    `${displayName(file)}: valid. ${result.data.events.length} events (${perType})${span ? `, ${span[0]}–${span[1]}` : ''}.`,
  );
  return true;
}

if (!values.watch) process.exit(check() ? 0 : 1);

check();
console.log(
  `Watching ${[file, classroomFile]
    .filter(Boolean)
    .map((f) => displayName(f!))
    .join(' and ')}; Ctrl-C stops.`,
);
// Editors save by replacing the file, which ends a watch on the file itself: watch its folder and pick out its name.
let pending: NodeJS.Timeout | undefined;
for (const watched of [file, classroomFile].filter((f): f is string => Boolean(f))) {
  watch(dirname(watched), (_event, name) => {
    if (name !== basename(watched)) return;
    clearTimeout(pending);
    // One save can fire several events; check once it has settled.
    pending = setTimeout(() => {
      console.log(`\n${new Date().toLocaleTimeString('en-GB')}: checking again`);
      check();
    }, 100);
  });
}

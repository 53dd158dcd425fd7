// npm run validate [-- path/to/file.json]: checks an event file and prints every problem, one per line.
import { EVENT_TYPES } from '../src/core/schema/event.ts';
import { displayName, resolveEventsFile } from '../src/build/events-file.ts';
import { countByType, yearSpan } from '../src/core/summarize-dataset.ts';
import { resolveClassroomFile } from '../src/build/classroom-file.ts';
import { validateSiteFiles } from '../src/build/site-files.ts';

const file = resolveEventsFile(process.argv[2] || undefined);
// A file named on the command line is checked on its own; the default story is checked with its classroom file.
const result = validateSiteFiles(file, process.argv[2] ? undefined : resolveClassroomFile());
if (!result.ok) {
  for (const problem of result.problems) console.error(problem);
  console.error(`${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} found`);
  process.exit(1);
}
const counts = countByType(result.data.events);
const span = yearSpan(result.data.events);
const perType = EVENT_TYPES.map((type) => `${counts[type]} ${type}`).join(', ');
console.log(
  `${displayName(file)}: valid. ${result.data.events.length} events (${perType})${span ? `, ${span[0]}–${span[1]}` : ''}.`,
);

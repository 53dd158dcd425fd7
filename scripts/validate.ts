// npm run validate [-- path/to/file.json]: checks an event file and prints every problem, one per line.
import { EVENT_TYPES } from '../src/schemas/event.ts';
import { displayName, resolveEventsFile, validateEventFile } from '../src/lib/events-file.ts';
import { countByType, yearSpan } from '../src/lib/summarize-dataset.ts';
import { resolveClassroomFile, validateClassroomFile } from '../src/lib/classroom-file.ts';

const file = resolveEventsFile(process.argv[2] || undefined);
const result = validateEventFile(file);
if (!result.ok) {
  for (const problem of result.problems) console.error(problem);
  console.error(`${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} found in ${displayName(file)}`);
  process.exit(1);
}
const classroomFile = process.argv[2] ? undefined : resolveClassroomFile();
const classroom = validateClassroomFile(classroomFile, new Set(result.data.events.map((e) => e.id)));
if (!classroom.ok) {
  for (const problem of classroom.problems) console.error(problem);
  console.error(`${classroom.problems.length} problem${classroom.problems.length === 1 ? '' : 's'} found in ${displayName(classroomFile!)}`);
  process.exit(1);
}
const counts = countByType(result.data.events);
const span = yearSpan(result.data.events);
const perType = EVENT_TYPES.map((type) => `${counts[type]} ${type}`).join(', ');
console.log(`${displayName(file)}: valid. ${result.data.events.length} events (${perType})${span ? `, ${span[0]}–${span[1]}` : ''}.`);

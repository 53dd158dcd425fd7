import { uiStrings } from '../i18n/ui-strings.ts';
import { InvalidEventFileError, loadDataset } from './events-file.ts';
import { resolveClassroomFile, validateClassroomFile } from './classroom-file.ts';
import { countByType, groupByYear, sortEvents } from './summarize-dataset.ts';

export const FULL_LIST_LIMIT = 600;

function computeSiteData() {
  const data = loadDataset();
  const events = sortEvents(data.events);
  const index = new Map(events.map((event, position) => [event.id, position]));
  const years = groupByYear(events);
  // Past this many events one page holding every entry gets too heavy: `/` then lists years, and each year has its own page.
  const listMode: 'full' | 'years' = events.length > FULL_LIST_LIMIT ? 'years' : 'full';
  const classroomResult = validateClassroomFile(resolveClassroomFile(), new Set(index.keys()));
  if (!classroomResult.ok) throw new InvalidEventFileError(classroomResult.problems);
  const classroom = classroomResult.data;
  return { data, events, index, years, listMode, classroom, counts: countByType(events), language: data.language, t: uiStrings(data.language) };
}

let cached: ReturnType<typeof computeSiteData> | undefined;

/** Everything a page needs from the event file, validated and sorted once per build (thousands of pages share it). */
export function getSiteData() {
  cached ??= computeSiteData();
  return cached;
}

import { uiStrings } from '../i18n/ui-strings.ts';
import { InvalidEventFileError, resolveEventsFile } from './events-file.ts';
import { resolveClassroomFile } from './classroom-file.ts';
import { validateSiteFiles } from './site-files.ts';
import { countByType, groupByYear, sortEvents } from '../core/summarize-dataset.ts';

export const FULL_LIST_LIMIT = 600;

function computeSiteData() {
  const files = validateSiteFiles(resolveEventsFile(), resolveClassroomFile());
  if (!files.ok) throw new InvalidEventFileError(files.problems);
  const { data, classroom } = files;
  const events = sortEvents(data.events);
  const index = new Map(events.map((event, position) => [event.id, position]));
  const years = groupByYear(events);
  // Past this many events one page holding every entry gets too heavy: `/` then lists years, and each year has its own page.
  const listMode: 'full' | 'years' = events.length > FULL_LIST_LIMIT ? 'years' : 'full';
  return {
    data,
    events,
    index,
    years,
    listMode,
    classroom,
    counts: countByType(events),
    language: data.language,
    t: uiStrings(data.language),
  };
}

let cached: ReturnType<typeof computeSiteData> | undefined;

/** Everything a page needs from the event file, validated and sorted once per build (thousands of pages share it). */
export function getSiteData() {
  cached ??= computeSiteData();
  return cached;
}

import { uiStrings } from '../i18n/ui-strings.ts';
import { InvalidEventFileError, resolveEventsFile } from './events-file.ts';
import { resolveClassroomFile } from './classroom-file.ts';
import { validateSiteFiles } from './site-files.ts';
import { countByType, groupByYear, sortEvents } from '../core/summarize-dataset.ts';
import { hasPerEventExtras, type Undrawable } from '../core/share-meta.ts';
import { canDrawCard, eventCard, siteCard } from './share-cards.ts';

/** The share cards the fonts cannot draw, said once in the build log so an editor knows why a card is generic. */
function findUndrawable(site: Parameters<typeof eventCard>[0], listMode: 'full' | 'years'): Undrawable {
  const events = hasPerEventExtras({ listMode })
    ? site.events.filter((event) => !canDrawCard(eventCard(site, event))).map((event) => event.id)
    : [];
  const undrawable = { site: !canDrawCard(siteCard(site)), events: new Set(events) };
  if (events.length)
    console.warn(
      `Share images: ${events.length} event${events.length === 1 ? ' uses' : 's use'} the site's image, because the text has characters outside Latin and Latin Extended (${events.map((id) => `"${id}"`).join(', ')}).`,
    );
  if (undrawable.site)
    console.warn('Share images: none for the site, because its title has characters outside Latin and Latin Extended.');
  return undrawable;
}

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
  const t = uiStrings(data.language);
  return {
    data,
    events,
    index,
    years,
    listMode,
    classroom,
    counts: countByType(events),
    language: data.language,
    t,
    undrawable: findUndrawable({ data, events, language: data.language, t }, listMode),
  };
}

let cached: ReturnType<typeof computeSiteData> | undefined;

/** Everything a page needs from the event file, validated and sorted once per build (thousands of pages share it). */
export function getSiteData() {
  cached ??= computeSiteData();
  return cached;
}

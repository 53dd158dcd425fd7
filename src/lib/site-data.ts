import { uiStrings } from '../i18n/ui-strings.ts';
import { loadDataset } from './events-file.ts';
import { countByType, sortEvents } from './summarize-dataset.ts';

/** Everything a page needs from the event file, validated and sorted once per build. */
export function getSiteData() {
  const data = loadDataset();
  const events = sortEvents(data.events);
  return { data, events, counts: countByType(events), language: data.language, t: uiStrings(data.language) };
}

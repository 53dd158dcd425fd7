import { loadDataset, resolveEventsFile } from '../../src/build/events-file.ts';
import { sortEvents } from '../../src/core/summarize-dataset.ts';
import { formatPartialDate, type PartialDate } from '../../src/core/partial-date.ts';

/** The data the site under test was built from, so tests follow editorial changes instead of hard-coding them. */
export const dataset = loadDataset(resolveEventsFile());
export const events = sortEvents(dataset.events);
export { formatPartialDate };
export const precisionOf = (date: PartialDate) => date.precision;

/** A few representative event pages: a sensitive one, one with a note, one with figures. */
export function sampleEvents() {
  const pick = (predicate: (e: (typeof events)[number]) => boolean) => events.find(predicate) ?? events[0]!;
  const chosen = [
    pick((e) => Boolean(e.sensitive)),
    pick((e) => Boolean(e.note)),
    pick((e) => Boolean(e.figures?.length)),
  ];
  return [...new Map(chosen.map((e) => [e.id, e])).values()];
}

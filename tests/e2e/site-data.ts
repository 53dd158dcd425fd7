import { loadDataset, resolveEventsFile } from '../../src/build/events-file.ts';
import { sortEvents } from '../../src/core/summarize-dataset.ts';

/** The data the site under test was built from, so tests follow editorial changes instead of hard-coding them. */
export const dataset = loadDataset(resolveEventsFile());
export const events = sortEvents(dataset.events);
export type SiteEvent = (typeof events)[number];

/**
 * The first event with a property a test needs. Throws when the data has none, so a test can never quietly check
 * some other event, or nothing at all.
 */
export function eventWith(what: string, predicate: (event: SiteEvent) => boolean): SiteEvent {
  const found = events.find(predicate);
  if (!found) throw new Error(`${resolveEventsFile()} has no event ${what}, which the browser tests need`);
  return found;
}

/** Representative event pages, each chosen for what its page must show. */
export const samples = {
  sensitive: eventWith('marked sensitive', (e) => Boolean(e.sensitive)),
  notSensitive: eventWith('not marked sensitive', (e) => !e.sensitive),
  note: eventWith('with a note', (e) => Boolean(e.note)),
  figures: eventWith('with figures', (e) => Boolean(e.figures?.length)),
};

/** The sample pages, each once. */
export function sampleEvents() {
  return [...new Map(Object.values(samples).map((e) => [e.id, e])).values()];
}

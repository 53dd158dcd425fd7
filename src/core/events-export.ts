// "Get the data": every event as CSV (one row each, for spreadsheets) and as JSON (an event file in the same shape
// as the one the site is built from, so another newsroom can build or validate from it).
import { toCsv } from './csv.ts';
import { isPartialDate } from './schema/partial-date.ts';
import type { Dataset } from './schema/dataset.ts';
import type { TimelineEvent } from './schema/event.ts';

export const CSV_COLUMNS = [
  'id',
  'date',
  'end',
  'type',
  'title',
  'summary',
  'place',
  'people',
  'rating',
  'rating_level',
  'sensitive',
  'highlight',
  'source_count',
  'sources',
  'url',
] as const;

/** Every event, in the order given, as a CSV file; `url` gives each event's page. */
export function eventsCsv(events: readonly TimelineEvent[], url: (event: TimelineEvent) => string): string {
  return toCsv(
    CSV_COLUMNS,
    events.map((e) => [
      e.id,
      e.date.text,
      e.end?.text,
      e.type,
      e.title,
      e.summary,
      e.place,
      e.people?.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join('; '),
      e.rating?.label,
      e.rating?.level,
      e.sensitive ? 'yes' : '',
      e.highlight ? 'yes' : '',
      e.sources.length,
      e.sources
        .map((s) => [s.publisher, s.title ?? s.description, s.date?.text, s.url].filter(Boolean).join(', '))
        .join('; '),
      url(e),
    ]),
  );
}

/** Dates back to the text they were written as, everywhere in a parsed value. */
function asWritten(value: unknown): unknown {
  if (isPartialDate(value)) return value.text;
  if (Array.isArray(value)) return value.map(asWritten);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, asWritten(item)]));
  }
  return value;
}

/** The event file as JSON, events in time order: valid against the same schema the site is built with. */
export function eventsJson(story: Dataset, events: readonly TimelineEvent[]): string {
  // Where the editor's copy finds its schema means nothing beside the download.
  const { $schema: _schema, ...rest } = story;
  return `${JSON.stringify(asWritten({ ...rest, events }), null, 2)}\n`;
}

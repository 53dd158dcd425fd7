import type { EventType, TimelineEvent } from './schema/event.ts';
import { emptyTypeCounts } from './event-types.ts';
import { comparePartialDates } from './partial-date.ts';

/** Events in time order; events on the same date keep their order in the file. */
export function sortEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => comparePartialDates(a.event.date, b.event.date) || a.index - b.index)
    .map(({ event }) => event);
}

export function countByType(events: readonly TimelineEvent[]): Record<EventType, number> {
  const counts = emptyTypeCounts();
  for (const event of events) counts[event.type]++;
  return counts;
}

export interface YearGroup {
  year: number;
  events: TimelineEvent[];
}

/** Groups already-sorted events by the year of their start date. */
export function groupByYear(sorted: readonly TimelineEvent[]): YearGroup[] {
  const groups: YearGroup[] = [];
  for (const event of sorted) {
    const year = event.date.year;
    const last = groups.at(-1);
    if (last?.year === year) last.events.push(event);
    else groups.push({ year, events: [event] });
  }
  return groups;
}

/** First and last year covered, counting `end` dates. */
export function yearSpan(events: readonly TimelineEvent[]): [number, number] | null {
  if (events.length === 0) return null;
  const years = events.flatMap((event) => [event.date.year, ...(event.end ? [event.end.year] : [])]);
  return [Math.min(...years), Math.max(...years)];
}

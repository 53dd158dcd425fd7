// Our event file as TimelineJS3 JSON (its documented format), for a like-for-like comparison.
import { parsePartialDate } from '../src/lib/date-parts.ts';

interface Event { id: string; type: string; date: string; end?: string; title: string; summary: string }

function tlDate(value: string) {
  const p = parsePartialDate(value)!;
  return { year: p.year, ...(p.month ? { month: p.month } : {}), ...(p.day ? { day: p.day } : {}) };
}

export function toTimelineJs(file: { title: string; description?: string; events: Event[] }) {
  return {
    title: { text: { headline: file.title, text: file.description ?? '' } },
    events: file.events.map((e) => ({
      unique_id: e.id,
      group: e.type,
      start_date: tlDate(e.date),
      ...(e.end ? { end_date: tlDate(e.end) } : {}),
      text: { headline: e.title, text: e.summary },
    })),
  };
}

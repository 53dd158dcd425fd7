import { EVENT_TYPES, YEAR_MS, type EventType } from './event-types.ts';
import type { ClientEvent } from './timeline-payload.ts';

/** What vis-timeline is given for one event (or, see crowding.ts, for a block of several). */
export interface TimelineItem {
  id: string;
  group: EventType;
  start: number;
  end?: number;
  type: 'point' | 'range';
  content: string;
  className: string;
}

/** One vis-timeline item per event: ranges for events with an end, points otherwise; one lane per type. */
export function toTimelineItem(event: ClientEvent): TimelineItem {
  return {
    id: event.id,
    group: event.type,
    start: event.start,
    ...(event.stop !== undefined ? { end: event.stop } : {}),
    type: event.stop !== undefined ? 'range' : 'point',
    content: event.title,
    className: `tl-item tl-item--${event.type}${event.sensitive ? ' tl-item--sensitive' : ''}${event.circa ? ' tl-item--circa' : ''}`,
  };
}

export function toTimelineGroups(labels: Record<EventType, string>) {
  return EVENT_TYPES.map((type, order) => ({
    id: type,
    content: labels[type],
    order,
    className: `tl-group tl-group--${type}`,
  }));
}

/** The initial window: the whole span with a little air, so every event is in view but none at the very edge. */
export function fullWindow(events: readonly ClientEvent[]): { start: number; end: number } {
  if (events.length === 0) return { start: Date.UTC(2000, 0, 1), end: Date.UTC(2001, 0, 1) };
  const start = Math.min(...events.map((e) => e.start));
  const end = Math.max(...events.map((e) => e.stop ?? e.start));
  const pad = Math.max((end - start) * 0.03, YEAR_MS / 4);
  return { start: start - pad, end: end + pad };
}

/** What to show first when the data is crowded: the first `maxItemsInView` events (at least a year), with a little air. */
export function initialWindow(events: readonly ClientEvent[], maxItemsInView = 100): { start: number; end: number } {
  if (events.length <= maxItemsInView) return fullWindow(events);
  const sorted = events.map((e) => e.start).sort((a, b) => a - b);
  const first = sorted[0]!;
  const span = Math.max(sorted[maxItemsInView - 1]! - first, YEAR_MS);
  const pad = span * 0.03;
  return { start: first - pad, end: first + span + pad };
}

/** The same width of window, moved so that an event sits in its middle: where a shared `?event=` link opens. */
export function centredOn(window: { start: number; end: number }, event: ClientEvent): { start: number; end: number } {
  const half = (window.end - window.start) / 2;
  const middle = event.stop === undefined ? event.start : (event.start + event.stop) / 2;
  return { start: middle - half, end: middle + half };
}

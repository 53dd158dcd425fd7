// The time between events, for the views that answer "how long did it take?" (issue 14, Brehmer's "sequential +
// interim duration" and "relative" scales): the gaps between consecutive events, the time from an event to each of
// its related later events, and where events fall before or after a case. All arithmetic is on calendar dates
// (src/core/intervals.ts), at the precision both dates share; the bar lengths come from a D3 linear scale.
import { scaleLinear } from 'd3-scale';
import type { EventType } from './event-types.ts';
import { formatInterval, intervalBetween, intervalInMonths, type Interval, type IntervalStrings } from './intervals.ts';
import { formatMessage, type Message } from './messages.ts';
import type { PartialDate } from './partial-date.ts';

/** An event as these views need it: the build passes its events, the browser its payload events, parsed. */
export interface ViewEvent {
  id: string;
  type: EventType;
  date: PartialDate;
  title: string;
  label?: string | undefined;
  /** Its date (or span) as the pages write it. */
  when: string;
  related?: readonly string[] | undefined;
}

/** The words an interval needs, plus what the views say around it. */
export interface TimeBetweenStrings extends IntervalStrings {
  /** "{duration} later" */
  later: Message;
  /** "{duration} before" */
  before: Message;
  /** "{duration} after" */
  after: Message;
  /** Said instead of a duration when two dates fall on the same day, in the same month or in the same year. */
  sameDay: string;
  sameMonth: string;
  sameYear: string;
}

/** A measured interval: calendar parts, its length in months for scales, and its words. */
export interface Measured {
  interval: Interval;
  months: number;
  /** The duration in words, or "the same day" (month, year) when there is none at the dates' precision. */
  text: string;
  /** No time at the precision the two dates share. */
  zero: boolean;
}

const SAME = { day: 'sameDay', month: 'sameMonth', year: 'sameYear' } as const;

export function measure(from: PartialDate, to: PartialDate, language: string, t: TimeBetweenStrings): Measured {
  const interval = intervalBetween(from, to);
  const zero = !interval.years && !interval.months && !interval.days;
  const text = zero ? t[SAME[interval.precision]] : formatInterval(interval, language, t);
  return { interval, months: intervalInMonths(interval), text, zero };
}

export interface GapStep {
  event: ViewEvent;
  /** The time until the next event; absent for the last. */
  next?: Measured & {
    /** The bar's length as a share (0–1) of the longest gap. */
    share: number;
  };
}

/**
 * Events in order at equal steps, each with the time until the next: the "time between" view. The events must be in
 * time order (the file's order); the longest gap gets a full-length bar, the others in proportion.
 */
export function gapSteps(events: readonly ViewEvent[], language: string, t: TimeBetweenStrings): GapStep[] {
  const gaps = events.slice(1).map((event, i) => measure(events[i]!.date, event.date, language, t));
  const longest = Math.max(0, ...gaps.map((g) => g.months));
  const length = scaleLinear()
    .domain([0, longest || 1])
    .range([0, 1])
    .clamp(true);
  return events.map((event, i) => {
    const gap = gaps[i];
    return gap ? { event, next: { ...gap, share: length(gap.months) } } : { event };
  });
}

/** Ids linked to `event` either way: the ones it lists and the ones that list it. */
export function linkedIds(event: ViewEvent, all: readonly ViewEvent[]): Set<string> {
  const ids = new Set(event.related ?? []);
  for (const other of all) if (other.related?.includes(event.id)) ids.add(other.id);
  ids.delete(event.id);
  return ids;
}

export interface LaterStep extends Measured {
  event: ViewEvent;
  /** Position on the strip (0–1): the last related event is at 1. */
  share: number;
}

/**
 * "How long it took": each event linked to `event` (either way) that came after it, in order, with the time from
 * `event` to it. Events on the same date count as later only when they come after it in the file's order.
 */
export function laterRelated(
  event: ViewEvent,
  all: readonly ViewEvent[],
  language: string,
  t: TimeBetweenStrings,
  /** Precomputed, for pages built by the thousand: the ids linked to `event` and its place in `all`. */
  ids: ReadonlySet<string> = linkedIds(event, all),
  index: number = all.indexOf(event),
): LaterStep[] {
  const later = all.filter((other, i) => ids.has(other.id) && i > index && other.date.start >= event.date.start);
  const steps = later.map((other) => ({ event: other, ...measure(event.date, other.date, language, t) }));
  const longest = Math.max(0, ...steps.map((s) => s.months));
  const position = scaleLinear()
    .domain([0, longest || 1])
    .range([0, 1])
    .clamp(true);
  return steps.map((s) => ({ ...s, share: position(s.months) }));
}

/** Where `date` falls relative to `anchor`, in months (negative before), with "… before" or "… after" in words. */
export function offsetFrom(
  anchor: PartialDate,
  date: PartialDate,
  language: string,
  t: TimeBetweenStrings,
): Measured & { sign: -1 | 0 | 1 } {
  const before = date.start < anchor.start;
  const m = before ? measure(date, anchor, language, t) : measure(anchor, date, language, t);
  if (m.zero) return { ...m, sign: 0 };
  const text = formatMessage(before ? t.before : t.after, { duration: m.text }, language);
  return { ...m, months: before ? -m.months : m.months, text, sign: before ? -1 : 1 };
}

/** "2 years and 2 months later", or "the same day". */
export function laterText(m: Measured, language: string, t: TimeBetweenStrings): string {
  return m.zero ? m.text : formatMessage(t.later, { duration: m.text }, language);
}

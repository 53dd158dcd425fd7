import { emptyTypeCounts, RATING_LEVELS, type EventType, type RatingLevel } from './event-types.ts';
import type { TimelineEvent } from './schema/event.ts';

export type YearCounts = { year: number } & Record<EventType, number>;

/** Events per year, by type, for every year from the first to the last (empty years included, so gaps show). */
export function countsPerYear(
  events: readonly Pick<TimelineEvent, 'date' | 'type'>[],
  span?: [number, number],
): YearCounts[] {
  if (events.length === 0 && !span) return [];
  const years = events.map((e) => e.date.year);
  const [first, last] = span ?? [Math.min(...years), Math.max(...years)];
  const rows: YearCounts[] = [];
  for (let year = first; year <= last; year++) {
    rows.push({ year, ...emptyTypeCounts() });
  }
  for (const event of events) {
    const row = rows[event.date.year - first];
    if (row) row[event.type]++;
  }
  return rows;
}

export interface RatingSpan {
  id: string;
  label: string;
  level: RatingLevel;
  from: number;
  to: number;
}

/** Each rated inspection's level, held from its date until the next rated inspection (or `until`). */
export function ratingHistory(events: readonly TimelineEvent[], until: number): RatingSpan[] {
  const rated = events
    .filter((e): e is TimelineEvent & { rating: NonNullable<TimelineEvent['rating']> } => Boolean(e.rating))
    .map((e) => ({ id: e.id, label: e.rating.label, level: e.rating.level, from: e.date.start }))
    .sort((a, b) => a.from - b.from);
  return rated.map((r, i) => ({ ...r, to: Math.max(rated[i + 1]?.from ?? until, r.from) }));
}

/**
 * At most `maxMarks` spans for drawing: when there are more, each year shows the rating in force at its end,
 * so the band still reads as a history at the scale of decades.
 */
export function thinRatingHistory(spans: readonly RatingSpan[], maxMarks: number): RatingSpan[] {
  if (spans.length <= maxMarks) return [...spans];
  const byYear = new Map<number, RatingSpan>();
  for (const span of spans) byYear.set(new Date(span.from).getUTCFullYear(), span);
  const years = [...byYear.keys()].sort((a, b) => a - b);
  return years.map((year, i) => {
    const span = byYear.get(year)!;
    return {
      ...span,
      from: Math.max(span.from, Date.UTC(year, 0, 1)),
      to: i + 1 < years.length ? Date.UTC(years[i + 1]!, 0, 1) : span.to,
    };
  });
}

export interface Tenure {
  id: string;
  title: string;
  from: number;
  to: number;
  lane: number;
}

/** Appointments with an end, as bars placed in the fewest lanes without overlap; bars that would need more than `maxLanes` are left out. */
export function tenures(events: readonly TimelineEvent[], maxLanes = Infinity): Tenure[] {
  const laneEnds: number[] = [];
  return events
    .filter((e) => e.type === 'appointment' && e.end)
    .map((e) => ({ id: e.id, title: e.title, from: e.date.start, to: e.end!.end }))
    .sort((a, b) => a.from - b.from)
    .flatMap((t) => {
      let lane = laneEnds.findIndex((end) => end <= t.from);
      if (lane === -1) lane = laneEnds.length;
      if (lane >= maxLanes) return [];
      laneEnds[lane] = t.to;
      return [{ ...t, lane }];
    });
}

/** Position of a level on the common scale, 0 (failing) to 4 (outstanding). */
export function levelRank(level: RatingLevel): number {
  return RATING_LEVELS.indexOf(level);
}

import { emptyTypeCounts, RATING_LEVELS, type EventType, type RatingLevel } from './event-types.ts';
import type { TimelineEvent } from './schema/event.ts';
import { utcDay } from './partial-date.ts';
import { binStart, binStarts } from './year-bins.ts';

export type YearCounts = { year: number } & Record<EventType, number>;

/**
 * Events per year, by type, for every year from the first to the last (empty years included, so gaps show); with a
 * bin size over 1, per bin of that many years (see year-bins.ts), each row's `year` being its bin's first year.
 */
export function countsPerYear(
  events: readonly Pick<TimelineEvent, 'date' | 'type'>[],
  span?: [number, number],
  binYears = 1,
): YearCounts[] {
  if (events.length === 0 && !span) return [];
  const years = events.map((e) => e.date.year);
  const [first, last] = span ?? [Math.min(...years), Math.max(...years)];
  const rows: YearCounts[] = binStarts(first, last, binYears).map((year) => ({ year, ...emptyTypeCounts() }));
  const index = new Map(rows.map((row, i) => [row.year, i]));
  for (const event of events) {
    const row = rows[index.get(binStart(event.date.year, binYears)) ?? -1];
    if (row) row[event.type]++;
  }
  return rows;
}

export interface RatingSpan {
  id: string;
  label: string;
  /** The label cut to fit tight places, when the file gives one. */
  short?: string;
  level: RatingLevel;
  from: number;
  to: number;
}

/** Each rated inspection's level, held from its date until the next rated inspection (or `until`). */
export function ratingHistory(events: readonly TimelineEvent[], until: number): RatingSpan[] {
  const rated = events
    .filter((e): e is TimelineEvent & { rating: NonNullable<TimelineEvent['rating']> } => Boolean(e.rating))
    .map((e) => ({
      id: e.id,
      label: e.rating.label,
      ...(e.rating.short ? { short: e.rating.short } : {}),
      level: e.rating.level,
      from: e.date.start,
    }))
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
      from: Math.max(span.from, utcDay(year)),
      to: i + 1 < years.length ? utcDay(years[i + 1]!) : span.to,
    };
  });
}

export interface Tenure {
  id: string;
  title: string;
  /** Who held the post: the event's first person, or its short label; never guessed from the title. */
  name?: string;
  /** Their role, as the event's first person gives it. */
  role?: string;
  from: number;
  to: number;
  lane: number;
}

/** The leader a tenure names: its first person (with their role), else the editor's short label. */
export function leaderOf(event: Pick<TimelineEvent, 'people' | 'label'>): { name?: string; role?: string } {
  const person = event.people?.[0];
  if (person) return { name: person.name, ...(person.role ? { role: person.role } : {}) };
  return event.label ? { name: event.label } : {};
}

/** Appointments with an end, as bars placed in the fewest lanes without overlap; bars that would need more than `maxLanes` are left out. */
export function tenures(events: readonly TimelineEvent[], maxLanes = Infinity): Tenure[] {
  const laneEnds: number[] = [];
  return events
    .filter((e) => e.type === 'appointment' && e.end)
    .map((e) => ({ id: e.id, title: e.title, ...leaderOf(e), from: e.date.start, to: e.end!.end }))
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

export interface Highlight {
  id: string;
  /** The editor's short label, or the title when there is none. */
  label: string;
  at: number;
}

/** The events the editor marked as the story's turning points, in time order. */
export function highlightsOf(events: readonly TimelineEvent[]): Highlight[] {
  return events
    .filter((e) => e.highlight)
    .map((e) => ({ id: e.id, label: e.label ?? e.title, at: e.date.start }))
    .sort((a, b) => a.at - b.at);
}

export interface RatingRun {
  /** The spans it joins, in time order. */
  ids: string[];
  label: string;
  short?: string;
  level: RatingLevel;
  from: number;
  to: number;
}

/** Neighbouring spans that say the same thing (same level and words), joined so their words are written once. */
export function ratingRuns(spans: readonly RatingSpan[]): RatingRun[] {
  const runs: RatingRun[] = [];
  for (const span of spans) {
    const last = runs.at(-1);
    const words = (r: { label: string; short?: string }) => r.short ?? r.label;
    if (last && last.level === span.level && words(last) === words(span) && last.to >= span.from) {
      last.ids.push(span.id);
      last.to = span.to;
      if (last.label !== span.label) last.label = words(span);
    } else {
      runs.push({
        ids: [span.id],
        label: span.label,
        ...(span.short ? { short: span.short } : {}),
        level: span.level,
        from: span.from,
        to: span.to,
      });
    }
  }
  return runs;
}

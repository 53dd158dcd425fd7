// "Rated failing for 14 of the 24 years": how long the file's ratings held each level, for the overview and /about/.
// Method: each rating holds from its date until the next rating (ratingHistory); the months are counted on the
// calendar from those dates, at month precision, and the total is the span from the first rating to `until`.
import { RATING_LEVELS, type RatingLevel } from './event-types.ts';
import type { RatingSpan } from './overview-model.ts';

export interface TimeAtLevels {
  /** Whole months at each level (levels never held are absent). */
  months: Partial<Record<RatingLevel, number>>;
  /** Whole months from the first rating to the end of the span. */
  total: number;
}

function monthIndex(time: number): number {
  const date = new Date(time);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

/** Months spent at each level, from rating spans (each held until the next, the last until the span's end). */
export function timeAtEachLevel(spans: readonly RatingSpan[]): TimeAtLevels {
  const months: Partial<Record<RatingLevel, number>> = {};
  for (const span of spans) {
    const length = monthIndex(span.to) - monthIndex(span.from);
    if (length > 0) months[span.level] = (months[span.level] ?? 0) + length;
  }
  const total = spans.length ? monthIndex(spans.at(-1)!.to) - monthIndex(spans[0]!.from) : 0;
  return { months, total };
}

/** The levels in the order of the common scale, worst first, with their months: for a sentence or a table. */
export function levelsHeld(time: TimeAtLevels): { level: RatingLevel; months: number }[] {
  return RATING_LEVELS.filter((level) => time.months[level]).map((level) => ({ level, months: time.months[level]! }));
}

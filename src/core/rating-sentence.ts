// The time at each rating level in words, for the overview and /about/: "Rated failing for 14 years and 9 months,
// weak for …, of the 23 years from the first rating (2001) to the end of 2023." The figures come from
// src/core/rating-time.ts; the grammar from the interface strings, Intl.ListFormat and src/core/intervals.ts.
import type { RatingLevel } from './event-types.ts';
import { formatInterval, type IntervalStrings } from './intervals.ts';
import { formatList } from './list-format.ts';
import { formatMessage, type Message } from './messages.ts';
import { formatYear, type DateWords } from './partial-date.ts';
import type { RatingSpan } from './overview-model.ts';
import { levelsHeld, timeAtEachLevel } from './rating-time.ts';

export interface RatingSentenceStrings extends IntervalStrings, DateWords {
  ratingLevels: Record<RatingLevel, string>;
  ratingTimeSentence: Message;
  ratingTimeLevel: Message;
  ratingTimeMethod: Message;
}

/** Whole months as "14 years and 9 months" (the counts are whole months, so never "about"). */
export function monthsText(months: number, language: string, t: IntervalStrings): string {
  const interval = {
    years: Math.floor(months / 12),
    months: months % 12,
    days: 0,
    precision: 'month',
    approximate: false,
  } as const;
  return formatInterval(interval, language, t);
}

/** The sentence and its method, or undefined when the file has no ratings. */
export function ratingTimeText(
  spans: readonly RatingSpan[],
  language: string,
  t: RatingSentenceStrings,
): { sentence: string; method: string } | undefined {
  const time = timeAtEachLevel(spans);
  const held = levelsHeld(time);
  if (held.length === 0 || time.total === 0) return undefined;
  const levels = formatList(
    held.map((h) =>
      formatMessage(
        t.ratingTimeLevel,
        { level: t.ratingLevels[h.level], duration: monthsText(h.months, language, t) },
        language,
      ),
    ),
    language,
  );
  // Years as the pages write them ("2001", "491 BC"). The last span ends at the first moment after the span: its
  // year's end is the year before that instant's, in UTC.
  const from = formatYear(new Date(spans[0]!.from).getUTCFullYear(), language, t);
  const to = formatYear(new Date(spans.at(-1)!.to - 1).getUTCFullYear(), language, t);
  const sentence = formatMessage(
    t.ratingTimeSentence,
    { levels, total: monthsText(time.total, language, t), from, to },
    language,
  );
  return { sentence, method: formatMessage(t.ratingTimeMethod, { to }, language) };
}

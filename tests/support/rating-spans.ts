import type { RatingSpan } from '../../src/core/overview-model.ts';

/** The first of a month ("2005-06") in UTC milliseconds, as the overview model stores a rating's span. */
const monthStart = (text: string) => Date.UTC(Number(text.slice(0, 4)), Number(text.slice(5, 7)) - 1, 1);

/** A rating held from one month to another, for fixtures worked by hand. */
export const ratingSpan = (level: RatingSpan['level'], from: string, to: string): RatingSpan => ({
  id: `${level}-${from}`,
  label: level,
  level,
  from: monthStart(from),
  to: monthStart(to),
});

/**
 * A rating history worked by hand: failing Jan 2000 – Jun 2005 (65 months), adequate Jun 2005 – Dec 2008 (42),
 * failing Dec 2008 – Jan 2019 (121), weak Jan 2019 – Apr 2023 (51), good Apr 2023 – Jan 2024 (9): 288 months,
 * 24 years; failing 186 months in all.
 */
export const handWorkedRatings: RatingSpan[] = [
  ratingSpan('failing', '2000-01', '2005-06'),
  ratingSpan('adequate', '2005-06', '2008-12'),
  ratingSpan('failing', '2008-12', '2019-01'),
  ratingSpan('weak', '2019-01', '2023-04'),
  ratingSpan('good', '2023-04', '2024-01'),
];

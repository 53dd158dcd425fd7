import { describe, expect, it } from 'vitest';
import { levelsHeld, timeAtEachLevel } from '../../src/core/rating-time.ts';
import type { RatingSpan } from '../../src/core/overview-model.ts';

const at = (text: string) => Date.UTC(Number(text.slice(0, 4)), Number(text.slice(5, 7)) - 1, 1);
const span = (level: RatingSpan['level'], from: string, to: string): RatingSpan => ({
  id: `${level}-${from}`,
  label: level,
  level,
  from: at(from),
  to: at(to),
});

describe('time at each rating level', () => {
  // Worked by hand: failing Jan 2000 – Jun 2005 (65 months), adequate Jun 2005 – Dec 2008 (42), failing Dec 2008 –
  // Jan 2019 (121), weak Jan 2019 – Apr 2023 (51), good Apr 2023 – Jan 2024 (9): 288 months, 24 years.
  const spans = [
    span('failing', '2000-01', '2005-06'),
    span('adequate', '2005-06', '2008-12'),
    span('failing', '2008-12', '2019-01'),
    span('weak', '2019-01', '2023-04'),
    span('good', '2023-04', '2024-01'),
  ];
  it('adds up the months each level held, across separate spells', () => {
    expect(timeAtEachLevel(spans)).toEqual({ months: { failing: 186, adequate: 42, weak: 51, good: 9 }, total: 288 });
  });
  it('lists the levels held, worst first', () => {
    expect(levelsHeld(timeAtEachLevel(spans)).map((l) => l.level)).toEqual(['failing', 'weak', 'adequate', 'good']);
  });
  it('is empty for a file without ratings', () => {
    expect(timeAtEachLevel([])).toEqual({ months: {}, total: 0 });
  });
});

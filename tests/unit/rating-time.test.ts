import { describe, expect, it } from 'vitest';
import { levelsHeld, timeAtEachLevel } from '../../src/core/rating-time.ts';
import { handWorkedRatings as spans } from '../support/rating-spans.ts';

describe('time at each rating level', () => {
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

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countByType, groupByYear, sortEvents, yearSpan } from '../../src/core/summarize-dataset.ts';
import { validateEventFileText } from '../../src/core/validate-dataset.ts';
import { formatFigure } from '../../src/core/format-figure.ts';
import { en } from '../../src/i18n/en.ts';
import { fr } from '../../src/i18n/fr.ts';
import { de } from '../../src/i18n/de.ts';
import { ar } from '../../src/i18n/ar.ts';
import { closestWord } from '../../src/core/closest-word.ts';

const result = validateEventFileText(readFileSync(new URL('../fixtures/valid.json', import.meta.url), 'utf8'), 'f');
if (!result.ok) throw new Error(result.problems.join('\n'));
const events = sortEvents(result.data.events);

describe('dataset summaries', () => {
  it('sorts by date, coarser precision first', () => {
    expect(events.map((e) => e.id)).toEqual(['first-report', 'month-appointment', 'may-inspection', 'later-case']);
  });
  it('groups by year and counts by type', () => {
    expect(groupByYear(events).map((g) => [g.year, g.events.length])).toEqual([
      [2008, 3],
      [2010, 1],
    ]);
    expect(countByType(events)).toEqual({ report: 1, inspection: 1, appointment: 1, case: 1 });
    expect(yearSpan(events)).toEqual([2008, 2011]);
  });
});

describe('small helpers', () => {
  it('formats figures with their comparison', () => {
    expect(
      formatFigure(
        { label: 'Staff off sick', value: 20, unit: '%', compare: { label: 'national average', value: 10 } },
        'en-GB',
        en,
      ),
    ).toBe('Staff off sick: 20% (compared with national average: 10%)');
    expect(formatFigure({ label: 'Cost a year', value: 30, unit: '£m' }, 'en-GB', en)).toBe('Cost a year: £30m');
    expect(formatFigure({ label: 'Cases unallocated', value: 852 }, 'en-GB', en)).toBe('Cases unallocated: 852');
    // The language's own way with percentages, currencies and colons, never English punctuation.
    const staff = { label: 'Absents', value: 20, unit: '%', compare: { label: 'moyenne nationale', value: 10 } };
    // (ICU versions differ on the space before %: a narrow or a plain no-break space.)
    expect(formatFigure(staff, 'fr', fr)).toMatch(
      /^Absents\u00a0: 20[\u00a0\u202f]% \(contre moyenne nationale\u00a0: 10[\u00a0\u202f]%\)$/,
    );
    expect(formatFigure({ label: 'Kosten', value: 30, unit: '€m' }, 'de', de)).toBe('Kosten: 30m\u00a0€');
    expect(formatFigure({ label: 'الغائبون', value: 20, unit: '%' }, 'ar-JO', ar)).toBe('الغائبون: ٢٠٪؜');
  });
  it('suggests only plausible typos', () => {
    expect(closestWord('sumary', ['summary', 'sources'])).toBe('summary');
    expect(closestWord('colour', ['summary', 'sources'])).toBeUndefined();
  });
});

// The overview's bars over long histories: how years group into bins, on the years a reader counts by.
import { describe, expect, it } from 'vitest';
import { binEnd, binSizeFor, binStart, binStarts, MAX_BINS } from '../../src/core/year-bins.ts';
import { countsPerYear } from '../../src/core/overview-model.ts';
import { layoutOverview } from '../../src/core/overview-layout.ts';
import { layoutText, OVERVIEW_WIDTHS, tickShown } from '../../src/core/overview-text.ts';
import { formatYear, partialDate } from '../../src/core/partial-date.ts';
import { en } from '../../src/i18n/en.ts';

describe('year bins', () => {
  it('keeps a bar per year for a story of decades', () => {
    expect(binSizeFor(2000, 2023)).toBe(1);
    expect(binStarts(2000, 2002, 1)).toEqual([2000, 2001, 2002]);
  });
  it('groups centuries and millennia into at most MAX_BINS bars', () => {
    expect(binSizeFor(1800, 2020)).toBe(5);
    expect(binSizeFor(-1999, 2000)).toBe(50);
    expect(binSizeFor(-13_000, 2000)).toBe(500);
    for (const [a, b] of [
      [1, 1000],
      [-2559, 1969],
      [-200_000, 2000],
    ] as const)
      expect(binStarts(a, b, binSizeFor(a, b)).length).toBeLessThanOrEqual(MAX_BINS);
  });
  it('ends bins on round years in both eras, and never across the change of era', () => {
    // 500 BC to 401 BC is astronomical -499 to -400; 100 BC to 1 BC is -99 to 0; then AD 1 to 99, 100 to 199.
    expect(binStarts(-450, 150, 100)).toEqual([-499, -399, -299, -199, -99, 1, 100]);
    expect(binStart(-499, 100)).toBe(-499);
    expect(binStart(-500, 100)).toBe(-599);
    expect(binStart(0, 100)).toBe(-99);
    expect(binEnd(-99, 100)).toBe(1);
    expect(binEnd(1, 100)).toBe(100);
    expect(binStart(1999, 10)).toBe(1990);
  });
});

describe('an overview of 4,000 years', () => {
  const events = ['-1999', '-0489-09', '0000', '0079', '1066-10', '1969-07-20'].map((text, i) => ({
    date: partialDate(text),
    type: 'case' as const,
    id: `e${i}`,
  }));
  const size = binSizeFor(-1999, 1969);
  const counts = countsPerYear(events, [-1999, 1969], size);
  const layout = layoutOverview(counts, [], [], [], [], undefined, {
    binYears: size,
    yearLabel: (year) => formatYear(year, 'en-GB', en),
  });

  it('counts every event into its bar', () => {
    expect(counts.reduce((sum, row) => sum + row.case, 0)).toBe(events.length);
    expect(counts.find((row) => row.year === binStart(-489, size))!.case).toBe(1);
  });

  it('labels round years that fit, in order, at every width', () => {
    for (const { design, markers } of OVERVIEW_WIDTHS) {
      const { tickStep } = layoutText(layout, design, markers);
      expect(tickStep % size).toBe(0);
      const shown = layout.ticks.filter((tick) => tickShown(tick.year, tickStep));
      // Phones have room for the two ends at least; wider charts for more.
      expect(shown.length).toBeGreaterThanOrEqual(markers ? 2 : 5);
      // Labels never overlap: neighbours are further apart than the widest label.
      const gaps = shown.slice(1).map((tick, i) => (tick.x - shown[i]!.x) * design);
      expect(Math.min(...gaps)).toBeGreaterThan(40);
      expect(shown.every((tick) => /^(\d+ BC|\d+ AD|\d{4})$/.test(tick.label))).toBe(true);
    }
    const wide = layoutText(layout, 1040).tickStep;
    expect(layout.ticks.filter((tick) => tickShown(tick.year, wide)).map((tick) => tick.label)).toEqual(
      expect.arrayContaining(['2000 BC', '1000 BC', '1000', '2000']),
    );
  });

  it('spans the chart from the first bar to the end of the last', () => {
    expect(layout.ticks[0]!.x).toBe(0);
    expect(layout.ticks.at(-1)!.x).toBe(1);
    // The first bar is 2000 BC to 1951 BC: astronomical -1999 to -1950.
    expect(layout.domain[0]).toBe(partialDate('-1999').start);
    expect(layout.years[1]!.year).toBe(-1949);
  });
});

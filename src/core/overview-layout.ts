import { max } from 'd3-array';
import { scaleUtc } from 'd3-scale';
import { barSegments, type BarSegment } from './bar-segments.ts';
import { EVENT_TYPES } from './event-types.ts';
import type { Highlight, RatingRun, RatingSpan, Tenure, YearCounts } from './overview-model.ts';
import { utcDay } from './partial-date.ts';
import { binEnd } from './year-bins.ts';

/**
 * The overview's geometry. The bars are an SVG in chart units, stretched to the width it is drawn at (the height
 * stays in px, so the bars never shrink); everything else, text included, is placed in HTML by its share of the
 * width, so the text keeps its size in px at any width.
 */
export const OVERVIEW = {
  /** The bars' viewBox width: x in chart units. */
  width: 960,
  barsTop: 2,
  barsHeight: 80,
} as const;

/** Where a mark starts and how wide it is, as shares (0 to 1) of the chart's width. */
export interface Span {
  from: number;
  to: number;
}

export interface OverviewLayout {
  width: number;
  /** The bars' SVG height: chart units and px alike. */
  height: number;
  domain: [number, number];
  range: [number, number];
  bars: BarSegment[];
  yMax: number;
  barsGeometry: { top: number; height: number };
  /** Each bar's column: its first year, x and width in chart units. */
  years: { year: number; x: number; width: number }[];
  /** How many years each bar counts: 1, or 5, 10, 50, 100… for long histories (see year-bins.ts). */
  binYears: number;
  /** Shares of the width, for the HTML marks: the rating band, tenures, callouts' lines, the focus span, ticks. */
  ratings: (Omit<RatingSpan, 'from' | 'to'> & Span)[];
  ratingRuns: (Omit<RatingRun, 'from' | 'to'> & Span)[];
  tenures: (Omit<Tenure, 'from' | 'to' | 'lane'> & Span)[];
  highlights: (Highlight & { x: number })[];
  focus?: Span;
  /** A tick at the start of every bar, with the year it marks written as the reader reads it ("2008", "500 BC"). */
  ticks: { year: number; x: number; label: string }[];
}

export interface OverviewOptions {
  /** How many years each bar counts (default 1). */
  binYears?: number;
  /** A year as the axis writes it; plain digits when not given. */
  yearLabel?: (year: number) => string;
}

/** All geometry of the overview chart, computed at build time with DOM-free d3 modules. */
export function layoutOverview(
  counts: readonly YearCounts[],
  ratings: readonly RatingSpan[],
  runs: readonly RatingRun[],
  tenureBars: readonly Tenure[],
  highlights: readonly Highlight[] = [],
  focus?: { from: number; to: number },
  options: OverviewOptions = {},
): OverviewLayout {
  const o = OVERVIEW;
  const size = options.binYears ?? 1;
  const yearLabel = options.yearLabel ?? String;
  const first = counts[0]?.year ?? 2000;
  const last = counts.at(-1)?.year ?? first;
  const stop = binEnd(last, size);
  // utcDay, not Date.UTC, which moves years 0 to 99 into the 1900s.
  const domain: [number, number] = [utcDay(first), utcDay(stop)];
  const range: [number, number] = [0, o.width];
  const x = scaleUtc().domain(domain).range(range);
  const xOf = (year: number): [number, number] => {
    const left = x(utcDay(year));
    const right = x(utcDay(binEnd(year, size)));
    return [left + 1, Math.max(1, right - left - 2)];
  };
  /** A time as a share of the width, kept inside the chart. */
  const share = (t: number) => Math.min(1, Math.max(0, (x(t) - range[0]) / (range[1] - range[0])));
  const span = (s: { from: number; to: number }): Span => ({ from: share(s.from), to: share(s.to) });
  const yMax = max(counts, (row) => EVENT_TYPES.reduce((sum, t) => sum + row[t], 0)) ?? 1;
  const barsGeometry = { top: o.barsTop, height: o.barsHeight };
  return {
    width: o.width,
    height: o.barsTop + o.barsHeight + 2,
    domain,
    range,
    bars: barSegments(counts, yMax, barsGeometry, xOf),
    yMax,
    barsGeometry,
    years: counts.map((row) => {
      const [left, width] = xOf(row.year);
      return { year: row.year, x: left - 1, width: width + 2 };
    }),
    binYears: size,
    ratings: ratings.map((r) => ({ ...r, ...span(r) })),
    ratingRuns: runs.map((r) => ({ ...r, ...span(r) })),
    tenures: tenureBars.map(({ lane: _lane, ...t }) => ({ ...t, ...span(t) })),
    highlights: highlights.map((h) => ({ ...h, x: share(h.at) })),
    ...(focus && focus.to > domain[0] && focus.from < domain[1] ? { focus: span(focus) } : {}),
    ticks: [...counts.map((row) => row.year), stop].map((year) => ({
      year,
      x: share(utcDay(year)),
      label: yearLabel(year),
    })),
  };
}

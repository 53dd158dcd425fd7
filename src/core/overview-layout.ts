import { max } from 'd3-array';
import { scaleUtc } from 'd3-scale';
import { barSegments, type BarSegment } from './bar-segments.ts';
import { utcFormat } from 'd3-time-format';
import { EVENT_TYPES } from './event-types.ts';
import { levelRank, type RatingSpan, type Tenure, type YearCounts } from './overview-model.ts';

export const OVERVIEW = {
  width: 960,
  margin: { left: 8, right: 8 },
  barsTop: 8,
  barsHeight: 84,
  ratingHeight: 16,
  laneHeight: 9,
  laneGap: 3,
  axisHeight: 22,
  gap: 16,
} as const;

export interface OverviewLayout {
  width: number;
  height: number;
  domain: [number, number];
  range: [number, number];
  bars: BarSegment[];
  yMax: number;
  barsGeometry: { top: number; height: number };
  ratings: {
    id: string;
    label: string;
    level: RatingSpan['level'];
    x: number;
    width: number;
    y: number;
    height: number;
  }[];
  ratingY: number;
  tenures: { id: string; title: string; x: number; width: number; y: number; height: number }[];
  tenuresY: number;
  ticks: { x: number; label: string }[];
  axisY: number;
  years: { year: number; x: number; width: number }[];
}

/** All geometry of the overview chart, computed at build time with DOM-free d3 modules. */
export function layoutOverview(
  counts: readonly YearCounts[],
  ratings: readonly RatingSpan[],
  tenureBars: readonly Tenure[],
): OverviewLayout {
  const o = OVERVIEW;
  const first = counts[0]?.year ?? 2000;
  const last = counts.at(-1)?.year ?? first;
  const domain: [number, number] = [Date.UTC(first, 0, 1), Date.UTC(last + 1, 0, 1)];
  const range: [number, number] = [o.margin.left, o.width - o.margin.right];
  const x = scaleUtc().domain(domain).range(range);
  const xOf = (year: number): [number, number] => {
    const left = x(Date.UTC(year, 0, 1));
    const right = x(Date.UTC(year + 1, 0, 1));
    return [left + 1, Math.max(1, right - left - 2)];
  };
  const yMax = max(counts, (row) => EVENT_TYPES.reduce((sum, t) => sum + row[t], 0)) ?? 1;
  const barsGeometry = { top: o.barsTop, height: o.barsHeight };
  const ratingY = o.barsTop + o.barsHeight + o.gap;
  const tenuresY = ratingY + o.ratingHeight + o.gap;
  const lanes = tenureBars.reduce((n, t) => Math.max(n, t.lane + 1), 0);
  const axisY = tenuresY + lanes * (o.laneHeight + o.laneGap) + 4;
  const clampX = (t: number) => Math.min(range[1], Math.max(range[0], x(t)));
  const span = last - first + 1;
  const step = span > 40 ? 10 : span > 16 ? 5 : span > 8 ? 2 : 1;
  const ticks = counts
    .filter((row) => row.year % step === 0)
    .map((row) => ({ x: x(Date.UTC(row.year, 0, 1)), label: utcFormat('%Y')(new Date(Date.UTC(row.year, 0, 1))) }));
  return {
    width: o.width,
    height: axisY + o.axisHeight,
    domain,
    range,
    bars: barSegments(counts, yMax, barsGeometry, xOf),
    yMax,
    barsGeometry,
    ratings: ratings.map((r) => {
      // Worse ratings draw taller, so the band reads as a profile as well as by colour and label.
      const height = o.ratingHeight * (0.45 + (0.55 * (4 - levelRank(r.level))) / 4);
      return {
        id: r.id,
        label: r.label,
        level: r.level,
        x: clampX(r.from),
        width: Math.max(2, clampX(r.to) - clampX(r.from)),
        y: ratingY + o.ratingHeight - height,
        height,
      };
    }),
    ratingY,
    tenures: tenureBars.map((t) => ({
      id: t.id,
      title: t.title,
      x: clampX(t.from),
      width: Math.max(3, clampX(t.to) - clampX(t.from)),
      y: tenuresY + t.lane * (o.laneHeight + o.laneGap),
      height: o.laneHeight,
    })),
    tenuresY,
    ticks,
    axisY,
    years: counts.map((row) => {
      const [left, width] = xOf(row.year);
      return { year: row.year, x: left - 1, width: width + 2 };
    }),
  };
}

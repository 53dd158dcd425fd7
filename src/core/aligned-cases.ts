// "The cases side by side" (issue 14, Brehmer's relative scale, faceted): one row per case, each aligned at the case
// (t = 0), with its related events and the inspections of the surrounding years at their offsets, on one shared
// scale (a D3 linear scale in months, laid out at build time as shares of the width).
import { scaleLinear } from 'd3-scale';
import type { RatingLevel } from './event-types.ts';
import { offsetFrom, linkedIds, type Measured, type TimeBetweenStrings, type ViewEvent } from './time-between.ts';

/** How far either side of each case the rows reach at least, in months (three years). */
export const ALIGNED_REACH = 36;

export interface AlignedMark extends Measured {
  event: ViewEvent;
  /** Months from the case (negative before it). */
  offset: number;
  /** Share of the row's width (0–1) on the shared scale. */
  x: number;
  /** Linked to the case by `related` (either way), rather than an inspection of the years around it. */
  linked: boolean;
  sign: -1 | 0 | 1;
}

export interface AlignedRating {
  level: RatingLevel;
  label: string;
  /** Shares of the row's width (0–1). */
  x0: number;
  x1: number;
}

export interface AlignedRow {
  case: ViewEvent;
  /** The case itself (at 0) and the other marks, in time order. */
  marks: AlignedMark[];
  /** The rating in force across the row's window, clipped to it. */
  ratings: AlignedRating[];
}

export interface AlignedModel {
  rows: AlignedRow[];
  /** The shared scale's ends in months from the case, whole years. */
  domain: [number, number];
  /** Whole years from the first end to the last, each with its share of the width. */
  ticks: { years: number; x: number }[];
  /** The case's position: the share of the width at 0. */
  zero: number;
}

/** A rating held from `from` to `to` (UTC instants), as the overview's rating history gives it. */
export interface RatingHeld {
  level: RatingLevel;
  label: string;
  from: number;
  to: number;
}

/**
 * The cases to align: events of type `case` that have related events, leaving out a case that is itself a later
 * step of an earlier case it is linked to (Khyra Ishaq's pleas and sentences sit on her row, not rows of their own).
 */
export function casesToAlign(events: readonly ViewEvent[]): ViewEvent[] {
  return events.filter((event, i) => {
    if (event.type !== 'case') return false;
    const linked = linkedIds(event, events);
    if (linked.size === 0) return false;
    return !events.some((other, j) => j < i && other.type === 'case' && linked.has(other.id));
  });
}

const MONTH_MS = 30.44 * 86_400_000;

export function alignedCases(
  events: readonly ViewEvent[],
  ratings: readonly RatingHeld[],
  language: string,
  t: TimeBetweenStrings,
): AlignedModel {
  const cases = casesToAlign(events);
  const draft = cases.map((c) => {
    const linked = linkedIds(c, events);
    const around = (e: ViewEvent) => Math.abs(e.date.start - c.date.start) <= ALIGNED_REACH * MONTH_MS;
    const marks = events
      .filter((e) => e === c || linked.has(e.id) || (e.type === 'inspection' && around(e)))
      .map((e) => {
        const offset =
          e === c
            ? { ...offsetFrom(c.date, c.date, language, t), months: 0, sign: 0 as const }
            : offsetFrom(c.date, e.date, language, t);
        return { event: e, ...offset, offset: offset.months, linked: linked.has(e.id), x: 0 };
      });
    return { case: c, marks };
  });
  const offsets = draft.flatMap((row) => row.marks.map((m) => m.offset));
  const low = Math.min(-ALIGNED_REACH, Math.floor(Math.min(0, ...offsets) / 12) * 12);
  const high = Math.max(ALIGNED_REACH, Math.ceil(Math.max(0, ...offsets) / 12) * 12);
  const x = scaleLinear().domain([low, high]).range([0, 1]).clamp(true);
  const rows: AlignedRow[] = draft.map((row) => {
    const anchor = row.case.date.start;
    const toShare = (time: number) => x((time - anchor) / MONTH_MS);
    const windowFrom = anchor + low * MONTH_MS;
    const windowTo = anchor + high * MONTH_MS;
    const held = ratings
      .filter((r) => r.to > windowFrom && r.from < windowTo)
      .map((r) => ({ level: r.level, label: r.label, x0: toShare(r.from), x1: toShare(r.to) }))
      .filter((r) => r.x1 > r.x0);
    return { case: row.case, marks: row.marks.map((m) => ({ ...m, x: x(m.offset) })), ratings: held };
  });
  const step = tickYears((high - low) / 12);
  const ticks = [];
  for (let years = Math.ceil(low / 12 / step) * step; years * 12 <= high; years += step) {
    ticks.push({ years, x: x(years * 12) });
  }
  return { rows, domain: [low, high], ticks, zero: x(0) };
}

/** Most ticks the shared scale is labelled with: more would run into each other across a column. */
export const ALIGNED_MAX_TICKS = 11;

/**
 * Years between the scale's ticks: every year over the usual six, and 2, 5, 10, 20, 50… over the longer spans of a
 * history told over centuries, so no label runs into the next. 0 (the case) is always a tick.
 */
export function tickYears(spanYears: number): number {
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const step of [1, 2, 5]) if (spanYears / (step * magnitude) < ALIGNED_MAX_TICKS) return step * magnitude;
  }
}

const yearFormats = new Map<string, Intl.NumberFormat>();
/**
 * An axis label in whole years from the case: "−3 yrs", "+1 yr", in the language's own short unit. Where the short
 * unit writes one and two years as words without their sign (Arabic: "سنة واحدة" either side of the case), the
 * narrow unit is used for every label, so each says which side it is on.
 */
export function yearsLabel(years: number, language: string): string {
  let format = yearFormats.get(language);
  if (!format) {
    const unit = (unitDisplay: 'short' | 'narrow') =>
      new Intl.NumberFormat(language, { style: 'unit', unit: 'year', unitDisplay, signDisplay: 'exceptZero' });
    const signed = (f: Intl.NumberFormat) =>
      [-2, -1, 1, 2].every((n) => f.formatToParts(n).some((p) => p.type === 'minusSign' || p.type === 'plusSign'));
    format = unit('short');
    if (!signed(format)) format = unit('narrow');
    yearFormats.set(language, format);
  }
  return format.format(years).replace('-', '−');
}

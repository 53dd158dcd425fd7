// Where the overview's words go at each width it is drawn at. The page cannot measure text before it is drawn (and
// must work without JavaScript), so the build lays the words out for a few widths, each at the narrowest width it is
// used for, and the page picks one with a container query. Positions are shares of the width plus offsets in px, so a
// layout that collides with nothing at its narrowest width collides with nothing when wider: gaps only grow.
import { layoutCallouts } from './overview-callouts.ts';
import type { OverviewLayout } from './overview-layout.ts';
import { textWidth } from './text-width.ts';
import { eraYear } from './year-bins.ts';

/**
 * The widths the words are laid out for: each is used from `min` px of chart width up to the next one's (the container
 * queries in src/styles/overview.css use the same numbers). On the narrowest, phones, the key moments are numbered
 * markers with their labels in a key under the chart: full labels cannot stand beside their lines there.
 */
export const OVERVIEW_WIDTHS = [
  { min: 0, design: 256, markers: true },
  { min: 600, design: 600, markers: false },
  { min: 1040, design: 1040, markers: false },
] as const;

export const TEXT = {
  /** Every other label's size in px (never under 12). */
  size: 12,
  /** Callouts' labels: size in px. */
  callout: 12,
  /** A numbered marker's width in px (a target of at least 24 px). */
  marker: 24,
  /** Padding either side of a label, in px. */
  pad: 4,
  /** Space kept between a label and the next thing in its lane. */
  gap: 6,
  /** At most this many lanes of tenures; a bar that finds no lane is drawn at no width. */
  maxLanes: 6,
  /** Years are labelled every 1, 2, 5… years (a multiple of the bars' years), whichever first leaves room between labels. */
  tickSteps: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000],
} as const;

export type NamePlace = 'in' | 'right' | 'left' | 'none';

export interface WidthText {
  callouts: { rows: number; at: Map<string, { row: number; offset: number }> };
  tenures: { lanes: number; at: Map<string, { lane: number; name: NamePlace }> };
  /** Per rating run: which of its words fit, if any. */
  ratingWords: ('label' | 'short' | null)[];
  tickStep: number;
}

function tenureLanes(layout: OverviewLayout, width: number): WidthText['tenures'] {
  const lanes: [number, number][][] = [];
  const at = new Map<string, { lane: number; name: NamePlace }>();
  const free = (lane: number, [l, r]: [number, number]) =>
    (lanes[lane] ?? []).every(([a, b]) => r + TEXT.gap <= a || b + TEXT.gap <= l);
  for (const t of layout.tenures) {
    const left = t.from * width;
    const right = Math.max(left + 3, t.to * width);
    const w = t.name ? textWidth(t.name, TEXT.size) + 2 * TEXT.pad : Infinity;
    const options: [NamePlace, [number, number]][] = [];
    if (w <= right - left) options.push(['in', [left, right]]);
    if (right + 2 + w <= width) options.push(['right', [left, right + 2 + w]]);
    if (left - 2 - w >= 0) options.push(['left', [left - 2 - w, right]]);
    let spot: { lane: number; name: NamePlace; extent: [number, number] } | undefined;
    for (let lane = 0; lane < TEXT.maxLanes && !spot; lane++) {
      const option = options.find(([, extent]) => free(lane, extent));
      if (option) spot = { lane, name: option[0], extent: option[1] };
    }
    for (let lane = 0; lane < TEXT.maxLanes && !spot; lane++) {
      if (free(lane, [left, right])) spot = { lane, name: 'none', extent: [left, right] };
    }
    if (!spot) continue;
    (lanes[spot.lane] ??= []).push(spot.extent);
    at.set(t.id, { lane: spot.lane, name: spot.name });
  }
  return { lanes: lanes.length, at };
}

/** A callout's width in px: its label, or a numbered marker. */
export function calloutWidth(label: string, markers: boolean): number {
  return markers ? TEXT.marker : textWidth(label, TEXT.callout) + 2 * TEXT.pad;
}

/** The words of the overview laid out for a chart `width` px wide, with key moments as `markers` or labels. */
export function layoutText(layout: OverviewLayout, width: number, markers = false): WidthText {
  const chip = (text: string) => textWidth(text, TEXT.size) + 2 * TEXT.pad;
  const callouts = layoutCallouts(
    layout.highlights.map((h) => ({ id: h.id, x: h.x * width, width: calloutWidth(h.label, markers) })),
    { width },
  );
  // Room for the widest label ("2008", "3000 BC"), at the years the ticks stand for.
  const label = Math.max(chip('0000'), ...layout.ticks.map((tick) => chip(tick.label))) + TEXT.gap;
  const years = Math.max(1, (layout.ticks.at(-1)?.year ?? 0) - (layout.ticks[0]?.year ?? 0));
  const tickStep =
    TEXT.tickSteps.find((step) => step % layout.binYears === 0 && (step / years) * width >= label) ??
    TEXT.tickSteps.at(-1)!;
  return {
    callouts: {
      rows: callouts.rows,
      at: new Map(callouts.placed.map((c) => [c.id, { row: c.row, offset: Math.round(c.left - c.x) }])),
    },
    tenures: tenureLanes(layout, width),
    ratingWords: layout.ratingRuns.map((run) => {
      const room = (run.to - run.from) * width - 2;
      if (chip(run.label) <= room) return 'label';
      if (run.short && chip(run.short) <= room) return 'short';
      return null;
    }),
    tickStep,
  };
}

/** The words laid out for each of OVERVIEW_WIDTHS, narrowest first. */
export function layoutTexts(layout: OverviewLayout): WidthText[] {
  return OVERVIEW_WIDTHS.map((w) => layoutText(layout, w.design, w.markers));
}

/** The classes that hide an element at the widths where it is not shown (see `.ov-hide-N` in overview.css). */
export function hiddenAt(shown: readonly boolean[]): string {
  return shown.flatMap((yes, i) => (yes ? [] : [`ov-hide-${i}`])).join(' ');
}

/** Whether a tick's year is labelled at a step: every `step` years as the reader counts them (2000, 500 BC). */
export function tickShown(year: number, step: number): boolean {
  return eraYear(year) % step === 0;
}

/** A share of the width as a CSS percentage. */
export function percent(share: number): string {
  return `${(share * 100).toFixed(3)}%`;
}

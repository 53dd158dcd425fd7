// Where the overview's callouts go: each highlighted event's short label sits in a row above the chart, with a line
// down from under it to the event's date. A pure function of positions and widths in px, laid out at build time for
// each width the chart is drawn at.

export interface CalloutInput {
  id: string;
  /** Where the event's line meets the chart, in px from the left edge. */
  x: number;
  /** The label's width in px, padding included. */
  width: number;
}

export interface PlacedCallout {
  id: string;
  x: number;
  width: number;
  /** 0 is the row nearest the chart; a label in row r has its line pass the rows below it. */
  row: number;
  /** The label's left edge in px; its line hangs from under it (left ≤ x ≤ left + width). */
  left: number;
}

export interface CalloutLayout {
  placed: PlacedCallout[];
  /** Callouts with no place that collides with nothing (two events on nearly the same day, or a label wider than the chart). */
  dropped: string[];
  rows: number;
}

export interface CalloutOptions {
  /** The chart's width in px. */
  width: number;
  /** Space kept between two labels in a row. */
  gap?: number;
  /** Space kept between a line and any label it passes. */
  lineGap?: number;
}

/** Whether a label, placed at `left`, stands in the way of a line at `x` (keeping `lineGap` clear either side). */
function covers(left: number, width: number, x: number, lineGap: number): boolean {
  return x > left - lineGap && x < left + width + lineGap;
}

/** Whether two placed callouts collide: labels overlap in a row, or one's line runs through the other's label. */
export function collide(a: PlacedCallout, b: PlacedCallout, gap = 4, lineGap = 3): boolean {
  if (a.row === b.row) return a.left < b.left + b.width + gap && b.left < a.left + a.width + gap;
  // The upper one's line passes the lower one's row.
  const [upper, lower] = a.row > b.row ? [a, b] : [b, a];
  return covers(lower.left, lower.width, upper.x, lineGap);
}

type Settings = Required<CalloutOptions>;

/** Up to this many combinations of places are all tried; past it, the chart is split into right- and left-hand labels. */
const MAX_COMBINATIONS = 20_000;

/** Each callout in the lowest row where it collides with nothing placed before it; none when no row is free. */
function stack(order: readonly (CalloutInput & { lefts: number[] })[], settings: Settings): CalloutLayout {
  const placed: PlacedCallout[] = [];
  const dropped: string[] = [];
  for (const item of order) {
    let spot: PlacedCallout | undefined;
    for (let row = 0; row <= placed.length && !spot; row++) {
      for (const left of item.lefts) {
        const candidate = { id: item.id, x: item.x, width: item.width, row, left };
        if (!placed.some((other) => collide(candidate, other, settings.gap, settings.lineGap))) {
          spot = candidate;
          break;
        }
      }
    }
    if (spot) placed.push(spot);
    else dropped.push(item.id);
  }
  return { placed, dropped, rows: placed.reduce((n, c) => Math.max(n, c.row + 1), 0) };
}

/**
 * With every label's side chosen, a label whose box stands over another's line must be higher than it. When that
 * relation has no cycle, placing each callout after those it stands over, in the lowest free row, always succeeds:
 * the row above everything is free, and nothing still to come can stand under its line. Null when it has a cycle.
 */
function stackInOrder(items: readonly CalloutInput[], lefts: readonly number[], settings: Settings) {
  const over = items.map((item, i) =>
    items.flatMap((other, j) => (j !== i && covers(lefts[i]!, item.width, other.x, settings.lineGap) ? [j] : [])),
  );
  const order: number[] = [];
  const state = items.map(() => 0); // 0 new, 1 visiting, 2 done
  const visit = (i: number): boolean => {
    if (state[i] === 2) return true;
    if (state[i] === 1) return false;
    state[i] = 1;
    if (!over[i]!.every(visit)) return false;
    state[i] = 2;
    order.push(i);
    return true;
  };
  if (!items.every((_, i) => visit(i))) return null;
  return stack(
    order.map((i) => ({ ...items[i]!, lefts: [lefts[i]!] })),
    settings,
  );
}

/**
 * Lays out the callouts so that no label overlaps another and no line runs through a label. Each label goes to the
 * right of its line, or to the left of it, or over it where neither fits; the sides are tried with the chart split at
 * each callout (right of the line before the split, left after it), and the layout with the fewest rows wins. Only
 * when no split works (events on nearly the same day) does a callout find no place and is left out.
 */
export function layoutCallouts(items: readonly CalloutInput[], options: CalloutOptions): CalloutLayout {
  const settings: Settings = { gap: 4, lineGap: 3, ...options };
  const chart = settings.width;
  const fitting = [...items].sort((a, b) => a.x - b.x || a.id.localeCompare(b.id)).filter((i) => i.width <= chart);
  const tooWide = items.filter((i) => i.width > chart).map((i) => i.id);
  const fits = (left: number, width: number) => left >= 0 && left + width <= chart;
  const clamp = (left: number, item: CalloutInput) =>
    Math.min(chart - item.width, item.x, Math.max(0, item.x - item.width, left));
  /** The label to the right of its line (`right`) or to the left, or over it where neither side fits. */
  const sideOf = (item: CalloutInput, right: boolean) => {
    const [first, second] = right ? [item.x, item.x - item.width] : [item.x - item.width, item.x];
    if (fits(first, item.width)) return first;
    if (fits(second, item.width)) return second;
    return clamp(item.x - item.width / 2, item);
  };
  /** Slides a label along its line, as far as it fits, to clear the nearest line it would stand over on `side`. */
  const clear = (item: CalloutInput, left: number, side: 'left' | 'right') => {
    const lines = fitting.filter((o) => o !== item && covers(left, item.width, o.x, settings.lineGap)).map((o) => o.x);
    if (side === 'left') {
      const nearest = Math.max(-Infinity, ...lines.filter((x) => x < item.x));
      return nearest === -Infinity ? left : clamp(nearest + settings.lineGap, item);
    }
    const nearest = Math.min(Infinity, ...lines.filter((x) => x > item.x));
    return nearest === Infinity ? left : clamp(nearest - settings.lineGap - item.width, item);
  };
  let best: CalloutLayout | null = null;
  const consider = (lefts: number[]) => {
    const layout = stackInOrder(fitting, lefts, settings);
    if (layout && (!best || layout.rows < best.rows)) best = layout;
  };
  // Each label's places: right of its line, left of it, either slid clear of the nearest line it would stand over.
  const places = fitting.map((item) => {
    const right = sideOf(item, true);
    const left = sideOf(item, false);
    return [...new Set([right, left, clear(item, right, 'right'), clear(item, left, 'left')])];
  });
  const combinations = places.reduce((n, p) => n * p.length, 1);
  if (combinations <= MAX_COMBINATIONS) {
    // A handful of callouts: try every combination of places, keep the one with the fewest rows.
    const choice = places.map(() => 0);
    for (let n = 0; n < combinations; n++) {
      consider(choice.map((c, i) => places[i]![c]!));
      for (let i = 0; i < choice.length && ++choice[i]! === places[i]!.length; i++) choice[i] = 0;
    }
  } else {
    for (const sliding of [false, true]) {
      for (let split = fitting.length; split >= 0; split--) {
        consider(
          fitting.map((item, i) => {
            const left = sideOf(item, i < split);
            return sliding ? clear(item, left, i < split ? 'right' : 'left') : left;
          }),
        );
      }
    }
  }
  // A cycle in every split: place greedily, leaving out what collides everywhere.
  best ??= stack(
    fitting.map((item) => ({ ...item, lefts: [...new Set([sideOf(item, true), sideOf(item, false)])] })),
    settings,
  );
  const placed = [...best.placed].sort((a, b) => a.x - b.x || a.id.localeCompare(b.id));
  return { placed, dropped: [...best.dropped, ...tooWide], rows: best.rows };
}

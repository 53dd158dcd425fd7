// Where the timeline's labels go. Pure: given each marker's x, lane, priority and measured label widths, it places
// labels where they overlap no other label and no marker, in priority order; elsewhere the marker stands alone.
// The browser measures the text and draws the boxes; this only decides, so it can be tested exhaustively.

/** One marker that may carry a label. */
export interface LabelCandidate {
  id: string;
  /** The marker's centre, in px from the plot's left edge. */
  x: number;
  /** The range's end in px, for events drawn as a bar from `x` to `end`. */
  end?: number;
  lane: number;
  /** Higher is placed first. Highlighted events should be given the highest. */
  priority: number;
  /** Width of the full title, in px. */
  width: number;
  /** Width of the short label, for events that have one. */
  shortWidth?: number;
}

/** Something drawn in a lane's marker row that labels must keep clear of (markers, clusters, blocks). */
export interface Obstacle {
  lane: number;
  left: number;
  right: number;
}

export interface LabelGeometry {
  /** The plot's width: labels lie wholly inside [0, width]. */
  width: number;
  /** Label rows below the marker row (the marker row itself is row 0). */
  rows: number;
  /** Half a marker's width. */
  markerRadius: number;
  /** Space between a marker and its label. */
  gap: number;
  /** A label may be cut short (with an ellipsis) only if this share of it still shows. */
  minVisible: number;
}

export interface PlacedLabel {
  id: string;
  lane: number;
  /** 0: beside the marker; 1 and up: that many rows below it, joined to it by a leader at the marker's x. */
  row: number;
  /** The box the label keeps clear (its text, and for labels below the marker, the leader beside it). */
  left: number;
  width: number;
  /** Where its text is drawn, inside the box. */
  textLeft: number;
  textWidth: number;
  /** Which text is shown. */
  text: 'title' | 'short';
  /** Cut short with an ellipsis (at least `minVisible` of it shows). */
  clipped: boolean;
  /** The leader's x, for labels below the marker row. */
  leader?: number;
}

export const DEFAULT_GEOMETRY: Omit<LabelGeometry, 'width'> = { rows: 2, markerRadius: 12, gap: 4, minVisible: 2 / 3 };

/** A leader's width, in px: a label below its marker keeps this clear in the rows it crosses. */
const LEADER = 2;
/** Labels begin this far right of a leader (or end this far left of it). */
const INSET = 4;

type Interval = [number, number];

/** Free space in one row of one lane, as a sorted list of occupied intervals. */
class Row {
  private taken: Interval[] = [];
  /** Whether [left, right] is clear. */
  free(left: number, right: number): boolean {
    return this.taken.every(([a, b]) => right <= a || left >= b);
  }
  /** How far right of `left` the row is clear, up to `limit`. */
  clearTo(left: number, limit: number): number {
    let edge = limit;
    for (const [a, b] of this.taken) {
      if (b > left && a < edge) edge = a <= left ? left : a;
    }
    return edge;
  }
  /** How far left of `right` the row is clear, down to `limit`. */
  clearFrom(right: number, limit: number): number {
    let edge = limit;
    for (const [a, b] of this.taken) {
      if (a < right && b > edge) edge = b >= right ? right : b;
    }
    return edge;
  }
  take(left: number, right: number) {
    this.taken.push([left, right]);
  }
}

/**
 * Places labels greedily by priority. Each candidate tries, in order: its full title whole, its short label whole,
 * the title cut short, the short label cut short; each in the row beside the marker, then the rows below, first to the
 * right of the marker and then to the left. The first place that is clear wins; if none is, it gets no label.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  obstacles: readonly Obstacle[],
  geometry: LabelGeometry,
): PlacedLabel[] {
  const { width, rows, markerRadius: r, gap, minVisible } = geometry;
  const grid = new Map<string, Row>();
  const row = (lane: number, index: number) => {
    const key = `${lane}:${index}`;
    let found = grid.get(key);
    if (!found) grid.set(key, (found = new Row()));
    return found;
  };
  for (const o of obstacles) row(o.lane, 0).take(o.left, o.right);
  for (const c of candidates) row(c.lane, 0).take(c.x - r, Math.max(c.x + r, c.end ?? c.x));

  const order = [...candidates].sort((a, b) => b.priority - a.priority || a.x - b.x || (a.id < b.id ? -1 : 1));
  const placed: PlacedLabel[] = [];
  for (const c of order) {
    const texts: { text: PlacedLabel['text']; w: number }[] = [{ text: 'title', w: c.width }];
    if (c.shortWidth !== undefined && c.shortWidth < c.width) texts.push({ text: 'short', w: c.shortWidth });
    const attempts = [...texts.map((t) => ({ ...t, clip: false })), ...texts.map((t) => ({ ...t, clip: true }))];
    let label: PlacedLabel | undefined;
    for (const attempt of attempts) {
      label = tryPlace(c, attempt.text, attempt.w, attempt.clip);
      if (label) break;
    }
    if (!label) continue;
    placed.push(label);
    // Labels keep a gap between them, so two never read as one.
    row(label.lane, label.row).take(label.left - gap, label.left + label.width + gap);
    if (label.leader !== undefined)
      for (let k = 1; k < label.row; k++) row(label.lane, k).take(label.leader - LEADER / 2, label.leader + LEADER / 2);
  }
  return placed;

  function tryPlace(c: LabelCandidate, text: PlacedLabel['text'], w: number, clip: boolean): PlacedLabel | undefined {
    const need = clip ? Math.ceil(w * minVisible) : w;
    for (const side of ['right', 'left'] as const) {
      for (let k = 0; k <= rows; k++) {
        const leaderClear = (x: number) => {
          for (let j = 1; j < k; j++) if (!row(c.lane, j).free(x - LEADER / 2, x + LEADER / 2)) return false;
          return true;
        };
        if (k > 0 && (c.x < 0 || c.x > width || !leaderClear(c.x))) continue;
        const target = row(c.lane, k);
        const leader = k > 0 ? c.x : undefined;
        if (side === 'right') {
          const left = k === 0 ? Math.max(c.x + r, c.end ?? c.x) + gap : c.x - LEADER / 2;
          const textLeft = k === 0 ? left : c.x + INSET;
          if (left < 0) continue;
          const shown = Math.min(w, target.clearTo(left, width) - textLeft);
          if (shown >= need) return make(c, k, left, textLeft + shown, textLeft, shown, text, shown < w, leader);
        } else {
          const right = k === 0 ? c.x - r - gap : c.x + LEADER / 2;
          const textRight = k === 0 ? right : c.x - INSET;
          if (right > width) continue;
          const shown = Math.min(w, textRight - target.clearFrom(right, 0));
          if (shown >= need)
            return make(c, k, textRight - shown, right, textRight - shown, shown, text, shown < w, leader);
        }
      }
    }
    return undefined;
  }
}

function make(
  c: LabelCandidate,
  row: number,
  left: number,
  right: number,
  textLeft: number,
  textWidth: number,
  text: PlacedLabel['text'],
  clipped: boolean,
  leader: number | undefined,
): PlacedLabel {
  const box = { id: c.id, lane: c.lane, row, left, width: right - left, textLeft, textWidth, text, clipped };
  return leader === undefined ? box : { ...box, leader };
}

/** Whether two placed labels overlap (used by tests and the benchmark's overlap count). */
export function overlaps(a: { lane: number; row: number; left: number; width: number }, b: typeof a): boolean {
  return a.lane === b.lane && a.row === b.row && a.left < b.left + b.width && b.left < a.left + a.width;
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_GEOMETRY,
  overlaps,
  placeLabels,
  type LabelCandidate,
  type LabelGeometry,
  type Obstacle,
  type PlacedLabel,
} from '../../src/core/label-placement.ts';

const geometry: LabelGeometry = { ...DEFAULT_GEOMETRY, width: 1000 };
const r = geometry.markerRadius;
const candidate = (id: string, x: number, width: number, extra: Partial<LabelCandidate> = {}): LabelCandidate => ({
  id,
  x,
  lane: 0,
  priority: 0,
  width,
  ...extra,
});

/** Every marker's box in the marker row, as the renderer draws it. */
const markerBoxes = (candidates: readonly LabelCandidate[]) =>
  candidates.map((c) => ({ lane: c.lane, row: 0, left: c.x - r, width: Math.max(c.x + r, c.end ?? c.x) - (c.x - r) }));

function problems(placed: readonly PlacedLabel[], candidates: readonly LabelCandidate[], obstacles: Obstacle[]) {
  const found: string[] = [];
  placed.forEach((a, i) =>
    placed.slice(i + 1).forEach((b) => overlaps(a, b) && found.push(`labels ${a.id} and ${b.id} overlap`)),
  );
  const boxes = [
    ...markerBoxes(candidates),
    ...obstacles.map((o) => ({ lane: o.lane, row: 0, left: o.left, width: o.right - o.left })),
  ];
  for (const label of placed) {
    for (const box of boxes) if (overlaps(label, box)) found.push(`label ${label.id} covers a marker`);
    if (label.left < -0.001 || label.left + label.width > geometry.width + 0.001)
      found.push(`label ${label.id} leaves the plot`);
    if (
      label.textWidth + 0.001 <
      (2 / 3) *
        (label.text === 'title'
          ? candidates.find((c) => c.id === label.id)!.width
          : candidates.find((c) => c.id === label.id)!.shortWidth!)
    )
      found.push(`label ${label.id} shows less than two-thirds`);
    // A leader crosses the rows between its marker and its label: no other label may sit on it.
    if (label.leader !== undefined)
      for (let row = 1; row < label.row; row++)
        for (const other of placed)
          if (overlaps({ lane: label.lane, row, left: label.leader - 1, width: 2 }, other))
            found.push(`label ${other.id} sits on the leader of ${label.id}`);
  }
  return found;
}

describe('label placement', () => {
  it('labels a lone marker beside it, on its right', () => {
    const [label] = placeLabels([candidate('a', 100, 200)], [], geometry);
    expect(label).toMatchObject({ id: 'a', row: 0, left: 100 + r + geometry.gap, width: 200, clipped: false });
  });

  it('puts a label to the left of a marker near the right edge', () => {
    const [label] = placeLabels([candidate('a', 950, 200)], [], geometry);
    expect(label).toMatchObject({ row: 0, clipped: false });
    expect(label!.left + label!.width).toBeLessThanOrEqual(950 - r);
  });

  it('moves a label to a row below when the next marker is close, with a leader at the marker', () => {
    const placed = placeLabels([candidate('a', 100, 200), candidate('b', 160, 50)], [], geometry);
    const a = placed.find((l) => l.id === 'a')!;
    expect(a.row).toBeGreaterThan(0);
    expect(a.leader).toBe(100);
  });

  it('places higher priority first: a highlighted event keeps its place, a crowded neighbour goes without', () => {
    // Three markers 30 px apart, each with a long title, and no room for all of them in three rows.
    const many = [0, 1, 2, 3, 4].map((i) => candidate(`e${i}`, 400 + i * 30, 600, { priority: i === 2 ? 10 : 0 }));
    const placed = placeLabels(many, [], geometry);
    expect(placed.map((l) => l.id)).toContain('e2');
    expect(placed.length).toBeLessThan(many.length);
    expect(problems(placed, many, [])).toEqual([]);
  });

  it('uses the short label where the title does not fit, and cuts a title only if two-thirds shows', () => {
    const tight = [candidate('a', 100, 400, { shortWidth: 120 }), candidate('b', 300, 20)];
    const narrow: LabelGeometry = { ...geometry, rows: 0, width: 400 };
    const placed = placeLabels(tight, [], narrow);
    expect(placed.find((l) => l.id === 'a')).toMatchObject({ text: 'short', clipped: false });
    // With 150 px of room, a 200 px title shows three quarters of itself, cut with an ellipsis.
    const cut = placeLabels([candidate('c', 10, 200), candidate('d', 200, 10)], [], { ...narrow });
    expect(cut.find((l) => l.id === 'c')).toMatchObject({ clipped: true, text: 'title' });
    // With 100 px of room, half of a 200 px title would show: no label.
    const none = placeLabels([candidate('c', 10, 200), candidate('d', 140, 10)], [], { ...narrow, width: 150 });
    expect(none.find((l) => l.id === 'c')).toBeUndefined();
  });

  it('keeps labels off range bars and off other obstacles in the marker row', () => {
    const range = candidate('r', 100, 80, { end: 400 });
    const placed = placeLabels([range], [{ lane: 0, left: 420, right: 444 }], geometry);
    expect(placed[0]!.row === 0 ? placed[0]!.left : 401).toBeGreaterThan(400);
    expect(problems(placed, [range], [{ lane: 0, left: 420, right: 444 }])).toEqual([]);
  });

  it('never overlaps two labels, a label and a marker, or a label and a leader, for any input', () => {
    const input = fc.record({
      candidates: fc.uniqueArray(
        fc.record({
          id: fc.string({ minLength: 1, maxLength: 6 }),
          x: fc.double({ min: -50, max: 1050, noNaN: true }),
          end: fc.option(fc.double({ min: 0, max: 600, noNaN: true }), { nil: undefined }),
          lane: fc.integer({ min: 0, max: 3 }),
          priority: fc.integer({ min: 0, max: 5 }),
          width: fc.double({ min: 10, max: 700, noNaN: true }),
          shortWidth: fc.option(fc.double({ min: 10, max: 300, noNaN: true }), { nil: undefined }),
        }),
        { maxLength: 60, selector: (c) => c.id },
      ),
      obstacles: fc.array(
        fc
          .record({
            lane: fc.integer({ min: 0, max: 3 }),
            left: fc.double({ min: -50, max: 1000, noNaN: true }),
            w: fc.double({ min: 1, max: 200, noNaN: true }),
          })
          .map(({ lane, left, w }) => ({ lane, left, right: left + w })),
        { maxLength: 10 },
      ),
      rows: fc.integer({ min: 0, max: 3 }),
    });
    fc.assert(
      fc.property(input, ({ candidates, obstacles, rows }) => {
        const list = candidates.map((c) => ({ ...c, ...(c.end !== undefined ? { end: c.x + c.end } : {}) }));
        const placed = placeLabels(list, obstacles, { ...geometry, rows });
        expect(problems(placed, list, obstacles)).toEqual([]);
        expect(new Set(placed.map((l) => l.id)).size).toBe(placed.length);
      }),
      { numRuns: 400 },
    );
  });
});

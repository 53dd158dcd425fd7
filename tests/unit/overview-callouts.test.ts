// The overview's callouts: labels in rows over the chart, each with a line down to its date. No label may overlap
// another, and no line may run through a label: checked here from the boxes and lines themselves, not with the
// module's own collision test, over thousands of random charts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { layoutCallouts, type CalloutInput, type PlacedCallout } from '../../src/core/overview-callouts.ts';
import { OVERVIEW_WIDTHS, calloutWidth, layoutText } from '../../src/core/overview-text.ts';
import { overviewOf } from '../../src/core/overview.ts';
import { sortEvents } from '../../src/core/summarize-dataset.ts';
import { validateEventFileText } from '../../src/core/validate-dataset.ts';

/** A small seeded generator, so a failure names a case that can be run again. */
function random(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

/** Every way two placed callouts can run into each other, as a reader would see it. */
function problems(placed: readonly PlacedCallout[], width: number, gap = 4, lineGap = 3): string[] {
  const found: string[] = [];
  for (const c of placed) {
    if (c.left < 0 || c.left + c.width > width) found.push(`${c.id} sticks out of the chart`);
    if (c.x < c.left || c.x > c.left + c.width) found.push(`${c.id}'s line does not hang from its label`);
  }
  for (const a of placed) {
    for (const b of placed) {
      if (a === b) continue;
      // Two labels in one row, closer than the gap.
      if (a.row === b.row && a.left < b.left + b.width + gap && b.left < a.left + a.width + gap && a.id < b.id)
        found.push(`${a.id} and ${b.id} overlap in row ${a.row}`);
      // a's line runs down from under its label through every lower row.
      if (b.row < a.row && a.x > b.left - lineGap && a.x < b.left + b.width + lineGap)
        found.push(`${a.id}'s line runs through ${b.id}`);
    }
  }
  return found;
}

describe('callout layout', () => {
  it('never overlaps two labels or runs a line through a label, on 1,500 random charts', { timeout: 30_000 }, () => {
    let placedCount = 0;
    let total = 0;
    for (let seed = 1; seed <= 1500; seed++) {
      const next = random(seed);
      const width = 200 + Math.round(next() * 1000);
      const items: CalloutInput[] = Array.from({ length: 1 + Math.floor(next() * 10) }, (_, i) => ({
        id: `c${i}`,
        x: Math.round(next() * width),
        width: 24 + Math.round(next() * Math.min(280, width)),
      }));
      const layout = layoutCallouts(items, { width });
      expect(problems(layout.placed, width), `seed ${seed}`).toEqual([]);
      // Nothing is lost without trace: each callout is placed or reported as left out.
      expect([...layout.placed.map((c) => c.id), ...layout.dropped].sort(), `seed ${seed}`).toEqual(
        items.map((i) => i.id).sort(),
      );
      expect(layout.rows).toBe(Math.max(0, ...layout.placed.map((c) => c.row + 1)));
      placedCount += layout.placed.length;
      total += items.length;
    }
    // Many random charts are crowded past drawing (ten 280 px labels on 300 px): most callouts still find a place.
    expect(placedCount / total).toBeGreaterThan(0.4);
  });

  it(
    'places every callout when each label fits to the right of its line and no two lines meet',
    { timeout: 30_000 },
    () => {
      for (let seed = 1; seed <= 1000; seed++) {
        const next = random(seed);
        const width = 300 + Math.round(next() * 900);
        const xs = new Set<number>();
        while (xs.size < 2 + Math.floor(next() * 12)) xs.add(Math.round((next() * (width - 100)) / 4) * 4);
        const items = [...xs].map((x, i) => ({ id: `c${i}`, x, width: 10 + Math.round(next() * (width - x - 10)) }));
        const layout = layoutCallouts(items, { width });
        expect(layout.dropped, `seed ${seed}`).toEqual([]);
        expect(problems(layout.placed, width), `seed ${seed}`).toEqual([]);
      }
    },
  );

  it('leaves out only what cannot be drawn: two events on the same day, or a label wider than the chart', () => {
    const same = layoutCallouts(
      [
        { id: 'a', x: 100, width: 80 },
        { id: 'b', x: 100, width: 80 },
      ],
      { width: 400 },
    );
    expect(same.placed).toHaveLength(1);
    expect(same.dropped).toHaveLength(1);
    expect(layoutCallouts([{ id: 'wide', x: 10, width: 500 }], { width: 400 }).dropped).toEqual(['wide']);
    expect(layoutCallouts([], { width: 400 })).toEqual({ placed: [], dropped: [], rows: 0 });
  });

  it('puts a label to the right of its line where it fits, and to the left at the right-hand edge', () => {
    const layout = layoutCallouts(
      [
        { id: 'left', x: 20, width: 100 },
        { id: 'right', x: 390, width: 100 },
      ],
      { width: 400 },
    );
    expect(layout.placed.map((c) => [c.id, c.row, c.left])).toEqual([
      ['left', 0, 20],
      ['right', 0, 290],
    ]);
  });
});

describe("the story's key moments", () => {
  const result = validateEventFileText(
    readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8'),
    'data/events.json',
  );
  if (!result.ok) throw new Error(result.problems.join('\n'));
  const overview = overviewOf(sortEvents(result.data.events), result.data.focus);

  it.each(OVERVIEW_WIDTHS.map((w) => [w.design, w.markers] as const))(
    'are all drawn, colliding with nothing, at %i px (markers: %s)',
    (width, markers) => {
      const text = layoutText(overview.layout, width, markers);
      expect(text.callouts.at.size).toBe(overview.highlights.length);
      const placed = overview.layout.highlights.map((h) => {
        const at = text.callouts.at.get(h.id)!;
        const w = calloutWidth(h.label, markers);
        return { id: h.id, x: h.x * width, width: w, row: at.row, left: h.x * width + at.offset };
      });
      // Offsets are rounded to whole pixels: allow the rounding, nothing more.
      expect(problems(placed, width + 1, 3, 2)).toEqual([]);
    },
  );

  it('stand in at most four rows wherever their labels are written', () => {
    for (const w of OVERVIEW_WIDTHS.filter((w) => !w.markers))
      expect(layoutText(overview.layout, w.design).callouts.rows, `${w.design}`).toBeLessThanOrEqual(4);
  });
});

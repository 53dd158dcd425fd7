// Where the overview's words go: the leader's name inside or beside a tenure bar without running into the next
// one, rating words only where they fit, years as often as they fit, and the same widths in the layout as in the CSS.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { leaderOf } from '../../src/core/overview-model.ts';
import { OVERVIEW_WIDTHS, TEXT, layoutText } from '../../src/core/overview-text.ts';
import { overviewOf } from '../../src/core/overview.ts';
import { sortEvents } from '../../src/core/summarize-dataset.ts';
import { textWidth } from '../../src/core/text-width.ts';
import { validateEventFileText } from '../../src/core/validate-dataset.ts';
import type { TimelineEvent } from '../../src/core/schema/event.ts';

const result = validateEventFileText(readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8'), 'f');
if (!result.ok) throw new Error(result.problems.join('\n'));
const story = overviewOf(sortEvents(result.data.events), result.data.focus);

/** What a tenure takes up in its lane at `width` px: the bar, and its name when written beside it. */
function extent(t: (typeof story.layout.tenures)[number], width: number, place: string): [number, number] {
  const left = t.from * width;
  const right = Math.max(left + 3, t.to * width);
  const name = t.name ? textWidth(t.name, TEXT.size) + 2 * TEXT.pad : 0;
  if (place === 'right') return [left, right + 2 + name];
  if (place === 'left') return [left - 2 - name, right];
  if (place === 'in') expect(name, t.id).toBeLessThanOrEqual(right - left);
  return [left, right];
}

describe('overview words', () => {
  it.each(OVERVIEW_WIDTHS.map((w) => w.design))('names every leader at %i px, never into a neighbour', (width) => {
    const text = layoutText(story.layout, width);
    const lanes = new Map<number, [number, number][]>();
    for (const t of story.layout.tenures) {
      const at = text.tenures.at.get(t.id);
      expect(at, t.id).toBeDefined();
      expect(at!.name, `${t.id} has a name written`).not.toBe('none');
      const [l, r] = extent(t, width, at!.name);
      expect(l).toBeGreaterThanOrEqual(0);
      expect(r).toBeLessThanOrEqual(width);
      for (const [a, b] of lanes.get(at!.lane) ?? [])
        expect(r <= a || b <= l, `${t.id} in lane ${at!.lane}`).toBe(true);
      lanes.set(at!.lane, [...(lanes.get(at!.lane) ?? []), [l, r]]);
    }
  });

  it('writes rating words only where they fit inside their stretch of the band', () => {
    for (const { design } of OVERVIEW_WIDTHS) {
      layoutText(story.layout, design).ratingWords.forEach((which, k) => {
        const run = story.layout.ratingRuns[k]!;
        if (!which) return;
        const words = which === 'label' ? run.label : run.short!;
        expect(textWidth(words, TEXT.size) + 2 * TEXT.pad).toBeLessThanOrEqual((run.to - run.from) * design);
      });
    }
    // On a desktop-wide chart the inspectorate's words for the long runs are written.
    const wide = layoutText(story.layout, 1040);
    const written = wide.ratingWords.flatMap((w, k) => {
      const run = story.layout.ratingRuns[k]!;
      return w === 'label' ? [run.label] : w === 'short' ? [run.short!] : [];
    });
    expect(written).toEqual(expect.arrayContaining(['Zero stars', 'Inadequate', 'Requires improvement']));
  });

  it('labels years as often as their labels fit, and every year at none', () => {
    const steps = OVERVIEW_WIDTHS.map((w) => layoutText(story.layout, w.design).tickStep);
    expect(steps).toEqual([5, 2, 2]);
  });

  it('uses the same widths as the container queries in overview.css', () => {
    const css = readFileSync(new URL('../../src/styles/overview.css', import.meta.url), 'utf8');
    const queried = [...css.matchAll(/@container overview \(([^)]*)\)/g)].map((m) => m[1]);
    const mins = OVERVIEW_WIDTHS.map((w) => w.min);
    const expected = new Set([
      ...mins.slice(1).map((min) => `min-width: ${min}px`),
      ...mins.map((min, i) => {
        const next = mins[i + 1];
        if (i === 0) return `width < ${next}px`;
        return next ? `${min}px <= width < ${next}px` : `width >= ${min}px`;
      }),
    ]);
    expect(new Set(queried)).toEqual(expected);
  });
});

describe('who a tenure names', () => {
  const base = { people: undefined, label: undefined } as Pick<TimelineEvent, 'people' | 'label'>;
  it("is the event's first person with their role, else its short label, never a guess from the title", () => {
    expect(leaderOf({ ...base, people: [{ name: 'Tony Howell', role: 'Director' }, { name: 'B' }] })).toEqual({
      name: 'Tony Howell',
      role: 'Director',
    });
    expect(leaderOf({ ...base, label: 'The trust' })).toEqual({ name: 'The trust' });
    expect(leaderOf(base)).toEqual({});
  });
  it('is named in the tenures the overview draws', () => {
    const leaders = story.allTenures.map((t) => t.name);
    expect(leaders).toEqual(['Tony Howell', 'Colin Tucker', 'Eleanor Brazil', 'Peter Duxbury', 'Lord Norman Warner']);
    expect(story.allTenures.every((t) => t.role)).toBe(true);
  });
});

describe('text widths', () => {
  it('are estimated on the wide side of system fonts, and grow with size and weight', () => {
    // DejaVu Sans, measured in Chromium: "Inadequate" is 68.7 px at 12 px.
    expect(textWidth('Inadequate', 12)).toBeGreaterThanOrEqual(68);
    expect(textWidth('Inadequate', 24)).toBeGreaterThan(textWidth('Inadequate', 12) * 1.9);
    expect(textWidth('Inadequate', 12, true)).toBeGreaterThan(textWidth('Inadequate', 12));
    // Letters outside ASCII count as wide; accents as their letter.
    expect(textWidth('é', 10)).toBe(textWidth('e', 10));
    expect(textWidth('Ж', 10)).toBeGreaterThanOrEqual(7);
  });
});

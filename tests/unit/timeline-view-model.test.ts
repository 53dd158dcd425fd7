import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { axisTicks, stepFor, timeAt, xOf } from '../../src/core/time-axis.ts';
import { groupMarks, MARK_SIZE, type MarkInput } from '../../src/core/timeline-marks.ts';
import { stepFrom, stepLane } from '../../src/core/timeline-navigation.ts';
import type { ClientEvent } from '../../src/core/timeline-payload.ts';

const YEAR = 365.25 * 86_400_000;

describe('the time axis', () => {
  it('maps instants to x and back', () => {
    const w = { start: Date.UTC(2000, 0, 1), end: Date.UTC(2010, 0, 1) };
    expect(xOf(w.start, w, 1000)).toBe(0);
    expect(xOf(w.end, w, 1000)).toBe(1000);
    expect(timeAt(xOf(Date.UTC(2004, 5, 1), w, 1000), w, 1000)).toBeCloseTo(Date.UTC(2004, 5, 1), -1);
  });
  it('labels years across a decade, months across a year, days across a month, in UTC and the story language', () => {
    const decade = axisTicks({ start: Date.UTC(2002, 0, 1), end: Date.UTC(2014, 0, 1) }, 1000, 'en-GB');
    expect(decade.minor.map((t) => t.label)).toEqual(Array.from({ length: 13 }, (_, i) => String(2002 + i)));
    expect(decade.major).toEqual([]);
    const year = axisTicks({ start: Date.UTC(2008, 0, 1), end: Date.UTC(2009, 0, 1) }, 1000, 'en-GB');
    expect(year.minor.map((t) => t.label).slice(0, 3)).toEqual(['Jan', 'Feb', 'Mar']);
    expect(year.major.map((t) => t.label)).toEqual(['2008', '2009']);
    const month = axisTicks({ start: Date.UTC(2008, 4, 1), end: Date.UTC(2008, 5, 1) }, 1000, 'en-GB');
    expect(month.minor[0]!.label).toBe('1');
    expect(month.major[0]!.label).toBe('May 2008');
    expect(
      axisTicks({ start: Date.UTC(2008, 0, 1), end: Date.UTC(2009, 0, 1) }, 1000, 'fr-FR').minor[0]!.label,
    ).toMatch(/^janv/);
  });
  it('keeps labelled ticks far enough apart at every zoom and width', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 10, max: 200 * 365, noNaN: true }),
        fc.integer({ min: 200, max: 2000 }),
        (days, width) => {
          const start = Date.UTC(1990, 0, 1);
          const { minor } = axisTicks({ start, end: start + days * 86_400_000 }, width, 'en-GB');
          for (let i = 1; i < minor.length; i++) expect(minor[i]!.x - minor[i - 1]!.x).toBeGreaterThanOrEqual(28);
        },
      ),
    );
    expect(stepFor({ start: 0, end: 1000 * YEAR }, 600).unit).toBe('year');
  });
});

describe('markers and clusters', () => {
  const at = (id: string, x: number, lane: MarkInput['lane'] = 'report'): MarkInput => ({
    id,
    lane,
    x,
    count: 1,
    start: x,
    end: x,
  });
  it('draws markers that have room on their own, and one cluster where targets would overlap', () => {
    const marks = groupMarks([at('a', 10), at('b', 100), at('c', 110), at('d', 118), at('e', 110, 'case')]);
    expect(marks.map((m) => [m.id, m.kind, m.count])).toEqual(
      [
        ['a', 'event', 1],
        ['b', 'event', 1],
        ['cluster:b', 'cluster', 3],
        ['e', 'event', 1],
      ].filter((m) => m[0] !== 'b'),
    );
  });
  it('never hides the kept event in a cluster: it stands for the cluster, counting the others', () => {
    const marks = groupMarks([at('b', 100), at('c', 110), at('d', 118)], 'c');
    expect(marks).toHaveLength(1);
    expect(marks[0]).toMatchObject({ id: 'c', kind: 'event', x: 110, others: 2, members: ['b', 'c', 'd'] });
  });
  it('leaves no two targets in a lane overlapping, each at least 24 px wide, and counts every event once', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 800, noNaN: true }), { maxLength: 80 }), (xs) => {
        const marks = groupMarks(xs.map((x, i) => at(`e${i}`, x, i % 2 ? 'case' : 'report')));
        for (const lane of ['report', 'case']) {
          const inLane = marks.filter((m) => m.lane === lane).sort((a, b) => a.left - b.left);
          for (let i = 1; i < inLane.length; i++) expect(inLane[i]!.left).toBeGreaterThanOrEqual(inLane[i - 1]!.right);
        }
        expect(marks.every((m) => m.right - m.left >= MARK_SIZE - 1e-9)).toBe(true);
        expect(marks.reduce((sum, m) => sum + m.count, 0)).toBe(xs.length);
      }),
    );
  });
});

describe('keyboard steps', () => {
  const e = (id: string, type: ClientEvent['type'], year: number): ClientEvent => ({
    id,
    type,
    date: String(year),
    title: id,
    when: String(year),
    start: Date.UTC(year, 0, 1),
  });
  const shown = [e('r1', 'report', 2001), e('i1', 'inspection', 2003), e('c1', 'case', 2004), e('r2', 'report', 2005)];
  it('moves through time, clamped at both ends, starting from the window when nothing is current', () => {
    expect(stepFrom(shown, 'i1', 1, 0)?.id).toBe('c1');
    expect(stepFrom(shown, 'r1', -1, 0)?.id).toBe('r1');
    expect(stepFrom(shown, undefined, 1, Date.UTC(2004, 0, 1))?.id).toBe('c1');
  });
  it('moves to the nearest event in the next lane that has one, skipping empty lanes', () => {
    expect(stepLane(shown, shown[0]!, 1)?.id).toBe('i1');
    expect(stepLane(shown, shown[1]!, 1)?.id).toBe('c1');
    expect(stepLane(shown, shown[2]!, -1)?.id).toBe('i1');
    expect(stepLane(shown, shown[1]!, -1)?.id).toBe('r1');
    expect(stepLane(shown, shown[0]!, -1)).toBeUndefined();
    expect(stepLane(shown, shown[2]!, 1)).toBeUndefined();
  });
});

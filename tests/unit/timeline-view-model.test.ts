import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { majorLabel, minorLabel } from '../../src/core/time-axis.ts';
import { groupMarks, MARK_SIZE, type MarkInput } from '../../src/core/timeline-marks.ts';
import { stepFrom, stepLane } from '../../src/core/timeline-navigation.ts';
import type { ClientEvent } from '../../src/core/timeline-payload.ts';

describe('the time axis labels', () => {
  it('say years, months and days in the story language, in UTC', () => {
    const may17 = Date.UTC(2008, 4, 17);
    expect(minorLabel(Date.UTC(2008, 0, 1), 'year', 'en-GB')).toBe('2008');
    expect(minorLabel(may17, 'month', 'en-GB')).toBe('May');
    expect(minorLabel(may17, 'day', 'en-GB')).toBe('17');
    expect(majorLabel(may17, 'day', 'en-GB')).toBe('May 2008');
    expect(majorLabel(may17, 'month', 'en-GB')).toBe('2008');
    expect(majorLabel(may17, 'year', 'en-GB')).toBe('');
    expect(minorLabel(Date.UTC(2008, 0, 1), 'month', 'fr-FR')).toMatch(/^janv/);
    // The last moment of 31 December in UTC is still 31 December, wherever the reader is.
    expect(minorLabel(Date.UTC(2008, 11, 31, 23, 59), 'day', 'en-GB')).toBe('31');
  });

  it('give years before 1000 their era, so a year before year 1 never reads as AD', () => {
    const year = (y: number) => {
      const date = new Date(Date.UTC(2000, 0, 1));
      date.setUTCFullYear(y);
      return date.getTime();
    };
    expect(minorLabel(year(-490), 'year', 'en-GB')).toBe('491 BC');
    expect(minorLabel(year(0), 'year', 'en-GB')).toBe('1 BC');
    expect(minorLabel(year(79), 'year', 'en-GB')).toBe('79 AD');
    expect(minorLabel(year(-490), 'year', 'fr')).toBe('491 av. J.-C.');
    expect(majorLabel(year(-43) + 74 * 86_400_000, 'day', 'en-GB')).toBe('March 44 BC');
    expect(minorLabel(year(1066), 'year', 'en-GB')).toBe('1066');
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
  it('lets a turning point of the story stand for the cluster it falls in, so it is labelled', () => {
    const marks = groupMarks([at('b', 100), { ...at('c', 110), prominent: true }, at('d', 118)]);
    expect(marks).toEqual([expect.objectContaining({ id: 'c', kind: 'event', others: 2 })]);
    expect(groupMarks([at('b', 100), { ...at('c', 110), prominent: true }], 'b')[0]).toMatchObject({ id: 'b' });
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

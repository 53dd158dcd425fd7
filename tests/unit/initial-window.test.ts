import { describe, expect, it } from 'vitest';
import { centredOn, initialWindow } from '../../src/core/timeline-items.ts';
import { toClientEvent, type ClientEvent } from '../../src/core/timeline-payload.ts';

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;

function event(date: string, n: number): ClientEvent {
  return toClientEvent({ id: `e${n}`, type: 'report', date, title: `Event ${n}`, when: date });
}

/** `count` events, one a day from `first` (YYYY-MM-DD). */
function daily(first: string, count: number, from = 0): ClientEvent[] {
  const start = Date.parse(`${first}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => event(new Date(start + i * DAY).toISOString().slice(0, 10), from + i));
}

describe('initialWindow: what the timeline opens on', () => {
  it('shows every event, none at the very edge, when there are 100 or fewer', () => {
    const events = [event('2000', 1), event('2005-06', 2), event('2010-03-01', 3)];
    const { start, end } = initialWindow(events);
    const first = Date.UTC(2000, 0, 1);
    const last = Date.UTC(2010, 2, 1);
    // Air on both sides: at least a quarter of a year, or 3% of the span when that is more.
    expect(first - start).toBeGreaterThanOrEqual(YEAR / 4);
    expect(end - last).toBeGreaterThanOrEqual(YEAR / 4);
    expect(end - start).toBeLessThan((last - first) * 1.1 + YEAR / 2);

    const hundred = [...daily('2001-01-01', 99, 10), event('2020-01-01', 200)];
    const wide = initialWindow(hundred);
    expect(wide.start).toBeLessThan(Date.UTC(2001, 0, 1));
    expect(wide.end).toBeGreaterThan(Date.UTC(2020, 0, 1));
  });

  it('opens on the first 100 events in time order when there are more, whatever order the file has', () => {
    // 100 events in 2001–2002, then 50 more from 2015: the first window must stop well before 2015.
    const early = Array.from({ length: 100 }, (_, i) =>
      event(`${2001 + Math.floor(i / 50)}-${String((i % 12) + 1).padStart(2, '0')}`, i),
    );
    const late = daily('2015-01-01', 50, 100);
    const { start, end } = initialWindow([...late, ...early].reverse());
    expect(start).toBeLessThan(Date.UTC(2001, 0, 1));
    expect(end).toBeGreaterThan(Date.UTC(2002, 11, 1));
    expect(end).toBeLessThan(Date.UTC(2004, 0, 1));
  });

  it('spans at least a year, even when the first 100 events fall in one week', () => {
    const crowded = Array.from({ length: 300 }, (_, i) => event(`2005-03-0${(i % 7) + 1}`, i));
    const { start, end } = initialWindow(crowded);
    expect(end - start).toBeGreaterThanOrEqual(YEAR);
    expect(start).toBeLessThanOrEqual(Date.UTC(2005, 2, 1));
    expect(start).toBeGreaterThan(Date.UTC(2005, 2, 1) - YEAR / 10);
  });
});

describe('centredOn: where a shared ?event= link opens', () => {
  it('keeps the window width and puts the event, or the middle of its span, in the middle', () => {
    const window = { start: Date.UTC(2000, 0, 1), end: Date.UTC(2002, 0, 1) };
    const point = event('2017-12-15', 1);
    expect(centredOn(window, point)).toEqual({
      start: point.start - (window.end - window.start) / 2,
      end: point.start + (window.end - window.start) / 2,
    });
    const tenure = toClientEvent({ id: 't', type: 'appointment', date: '2010', end: '2011', title: 'T', when: '' });
    const around = centredOn(window, tenure);
    expect((around.start + around.end) / 2).toBe((Date.UTC(2010, 0, 1) + Date.UTC(2012, 0, 1)) / 2);
  });
});

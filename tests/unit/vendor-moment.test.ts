// The UTC stand-in for moment inside vis-timeline (src/client/vendor/moment.ts), checked call by call against the
// real moment in UTC mode, which is what the timeline used before (`moment(d).utc()`).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import real from 'moment';
import { describe, expect, it } from 'vitest';
import moment, { UtcMoment } from '../../src/client/vendor/moment.ts';

// 1000–2200, the years an event file may hold, and a little either side of the epoch's edge cases.
const instant = fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(2200, 0, 1) });
const both = (t: number) => [moment(t), real.utc(t)] as const;
const GETTERS = [
  'year',
  'month',
  'date',
  'day',
  'weekday',
  'isoWeekday',
  'hours',
  'minutes',
  'seconds',
  'milliseconds',
  'dayOfYear',
  'week',
] as const;
const UNITS = [
  'millisecond',
  'milliseconds',
  'second',
  'seconds',
  'minute',
  'minutes',
  'hour',
  'hours',
  'day',
  'days',
  'week',
  'month',
  'year',
] as const;

describe('the moment stand-in', () => {
  it('has every moment method vis-timeline calls', () => {
    // The comparison below is with the real package (the stand-in replaces it for vis-timeline alone).
    expect(typeof real.duration).toBe('function');
    const source = readFileSync('node_modules/vis-timeline/esnext/esm/vis-timeline-graph2d.js', 'utf8');
    const called = new Set([...source.matchAll(/\.([A-Za-z_]\w*)\(/g)].map((m) => m[1]!));
    const momentMethods = Object.getOwnPropertyNames(Object.getPrototypeOf(real()));
    // Same names, other objects: DataSet get/set, Hammer get/set, Math.max/min, vis-data's pipe .to(), util.toArray.
    const notOnMoments = new Set(['get', 'set', 'max', 'min', 'to', 'toArray']);
    const needed = momentMethods.filter((name) => called.has(name) && !notOnMoments.has(name));
    expect(needed.length).toBeGreaterThan(20);
    for (const name of needed)
      expect(typeof (moment() as unknown as Record<string, unknown>)[name], name).toBe('function');
    for (const name of ['isMoment', 'locale', 'lang'])
      expect(typeof (moment as unknown as Record<string, unknown>)[name]).toBe('function');
  });

  it('reads numbers, dates, moments and ISO strings as moment does in UTC', () => {
    const t = Date.UTC(2008, 4, 17, 13, 45, 12, 345);
    expect(moment(t).valueOf()).toBe(t);
    expect(moment(new Date(t)).valueOf()).toBe(t);
    expect(moment(moment(t)).valueOf()).toBe(t);
    expect(moment('2008-05-17T13:45:12.345Z').valueOf()).toBe(t);
    expect(moment('2008-05-17T15:45:12.345+02:00').valueOf()).toBe(t);
    expect(moment('2008-05-17').valueOf()).toBe(Date.UTC(2008, 4, 17));
    expect(moment('2008-05').valueOf()).toBe(Date.UTC(2008, 4, 1));
    expect(moment(null).isValid()).toBe(false);
    expect(Math.abs(moment().valueOf() - Date.now())).toBeLessThan(1000);
    expect(moment(t).toDate()).toEqual(new Date(t));
    expect(moment(t).toISOString()).toBe(real.utc(t).toISOString());
    expect(moment.isMoment(moment(t))).toBe(true);
    expect(moment.isMoment(new Date(t))).toBe(false);
    expect(moment(t).utc().valueOf()).toBe(t);
    expect(moment(t).locale('en').valueOf()).toBe(t);
  });

  it('gets every field as moment does', () => {
    fc.assert(
      fc.property(instant, (t) => {
        const [ours, theirs] = both(t);
        for (const name of GETTERS) expect(ours[name](), `${name} of ${theirs.toISOString()}`).toBe(theirs[name]());
      }),
      { numRuns: 2000 },
    );
  });

  it('sets every field as moment does, overflow and month ends included, and returns the same moment', () => {
    const setters = {
      year: fc.integer({ min: 1000, max: 2200 }),
      month: fc.integer({ min: -14, max: 26 }),
      date: fc.integer({ min: -3, max: 40 }),
      day: fc.integer({ min: -8, max: 14 }),
      weekday: fc.integer({ min: -8, max: 14 }),
      isoWeekday: fc.integer({ min: 1, max: 7 }),
      hours: fc.integer({ min: -5, max: 50 }),
      minutes: fc.integer({ min: -5, max: 130 }),
      seconds: fc.integer({ min: -5, max: 130 }),
      milliseconds: fc.integer({ min: -5, max: 2500 }),
      dayOfYear: fc.integer({ min: 1, max: 366 }),
      week: fc.integer({ min: 1, max: 53 }),
    } as const;
    for (const [name, values] of Object.entries(setters) as [keyof typeof setters, fc.Arbitrary<number>][]) {
      fc.assert(
        fc.property(instant, values, (t, value) => {
          const [ours, theirs] = both(t);
          const result = (ours[name] as (v: number) => UtcMoment)(value);
          expect(result).toBe(ours);
          expect(ours.valueOf(), `${name}(${value}) on ${real.utc(t).toISOString()}`).toBe(
            (theirs[name] as (v: number) => real.Moment)(value).valueOf(),
          );
        }),
        { numRuns: 500 },
      );
    }
    // 29 February into a year without one, and 31 January one month on, as moment.
    expect(
      moment(Date.UTC(2008, 1, 29))
        .year(2009)
        .valueOf(),
    ).toBe(Date.UTC(2009, 1, 28));
    expect(
      moment(Date.UTC(2008, 0, 31))
        .month(1)
        .valueOf(),
    ).toBe(Date.UTC(2008, 1, 29));
  });

  it('adds, subtracts, rounds and compares as moment does', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: -400, max: 400 }), fc.constantFrom(...UNITS), (t, n, unit) => {
        const [ours, theirs] = both(t);
        expect(ours.clone().add(n, unit).valueOf(), `add ${n} ${unit}`).toBe(theirs.clone().add(n, unit).valueOf());
        expect(ours.clone().subtract(n, unit).valueOf()).toBe(theirs.clone().subtract(n, unit).valueOf());
        const added = ours.clone();
        expect(added.add(n, unit)).toBe(added);
      }),
      { numRuns: 3000 },
    );
    const rounding = ['second', 'minute', 'hour', 'day', 'week', 'isoWeek', 'month', 'quarter', 'year'] as const;
    fc.assert(
      fc.property(instant, fc.constantFrom(...rounding), (t, unit) => {
        const [ours, theirs] = both(t);
        expect(ours.clone().startOf(unit).valueOf(), `startOf ${unit}`).toBe(theirs.clone().startOf(unit).valueOf());
        expect(ours.clone().endOf(unit).valueOf(), `endOf ${unit}`).toBe(theirs.clone().endOf(unit).valueOf());
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: -40 * 86_400_000, max: 40 * 86_400_000 }),
        fc.constantFrom(undefined, 'day', 'week', 'month', 'year'),
        (t, delta, unit) => {
          const [ours, theirs] = both(t);
          expect(ours.isSame(t + delta, unit)).toBe(theirs.isSame(t + delta, unit));
          expect(ours.isSame(moment(t + delta), unit)).toBe(theirs.isSame(real.utc(t + delta), unit));
          expect(ours.diff(moment(t + delta), 'days')).toBe(theirs.diff(real.utc(t + delta), 'days'));
          expect(ours.diff(t + delta, 'months')).toBe(theirs.diff(real.utc(t + delta), 'months'));
        },
      ),
      { numRuns: 2000 },
    );
    expect(moment(5).isSame(5)).toBe(true);
  });

  it('formats the patterns vis-timeline uses as moment does in English', () => {
    // vis-timeline's default axis formats, its class names (dddd, MMMM, w), its tooltips and its ISO output.
    const patterns = [
      'SSS',
      's',
      'HH:mm',
      'ddd D',
      'D',
      'w',
      'MMM',
      'YYYY',
      'HH:mm:ss',
      'ddd D MMMM',
      'MMMM YYYY',
      'dddd',
      'MMMM',
      'MM/DD/YYYY hh:mm',
      'dddd, MMMM Do YYYY, H:mm:ss',
      'YY [week] ww, h A a',
      undefined,
    ];
    fc.assert(
      fc.property(instant, fc.constantFrom(...patterns), (t, pattern) => {
        const [ours, theirs] = both(t);
        expect(ours.format(pattern), pattern).toBe(theirs.locale('en').format(pattern));
      }),
      { numRuns: 2000 },
    );
  });
});

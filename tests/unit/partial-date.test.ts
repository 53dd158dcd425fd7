import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  formatDateSpan,
  formatPartialDate,
  parsePartialDate,
  partialDate,
} from '../../src/core/partial-date.ts';

describe('parsePartialDate', () => {
  it('reads each precision and the span of time it covers', () => {
    expect(partialDate('2008')).toMatchObject({ year: 2008, precision: 'year' });
    expect(partialDate('2008-05')).toMatchObject({ year: 2008, month: 5, precision: 'month' });
    const day = partialDate('2008-05-17');
    expect(day).toMatchObject({ text: '2008-05-17', year: 2008, month: 5, day: 17, precision: 'day' });
    expect(new Date(day.start).toISOString()).toBe('2008-05-17T00:00:00.000Z');
    expect(new Date(day.end).toISOString()).toBe('2008-05-18T00:00:00.000Z');
  });
  it('knows month lengths and leap years', () => {
    expect(new Date(partialDate('2008-02').end - 1).getUTCDate()).toBe(29);
    expect(new Date(partialDate('2009-02').end - 1).getUTCDate()).toBe(28);
    expect(parsePartialDate('2009-02-29')).toBeNull();
    expect(parsePartialDate('2008-02-29')).not.toBeNull();
    expect(new Date(partialDate('2010').end).toISOString()).toBe('2011-01-01T00:00:00.000Z');
  });
  it('refuses what is not a date as written', () => {
    for (const text of ['08', '2008-5', '2008-13', '2008-05-32', '17/05/2008', ' 2008']) {
      expect(parsePartialDate(text), text).toBeNull();
    }
  });
  it('keeps years below 100 as written (Date.UTC would move them to the 1900s)', () => {
    expect(new Date(partialDate('0042').start).getUTCFullYear()).toBe(42);
  });
});

describe('formatPartialDate', () => {
  it('shows each date at the precision it was written', () => {
    expect(formatPartialDate(partialDate('2008'), 'en-GB')).toBe('2008');
    expect(formatPartialDate(partialDate('2008-05'), 'en-GB')).toBe('May 2008');
    expect(formatPartialDate(partialDate('2008-05-17'), 'en-GB')).toBe('17 May 2008');
    expect(formatPartialDate(partialDate('2008-05-17'), 'en-US')).toBe('May 17, 2008');
  });
  it('formats ranges', () => {
    expect(formatDateSpan(partialDate('2006-04'), partialDate('2011-01'), 'en-GB')).toBe('April 2006 – January 2011');
  });
});

describe('comparePartialDates', () => {
  it('orders coarse dates before finer ones on the same first day', () => {
    const sorted = ['2008-05-17', '2008', '2008-05', '2007-12-31'].map(partialDate).sort(comparePartialDates);
    expect(sorted.map((d) => d.text)).toEqual(['2007-12-31', '2008', '2008-05', '2008-05-17']);
  });
});

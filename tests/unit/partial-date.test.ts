import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  formatDateSpan,
  formatPartialDate,
  lastDay,
  startTime,
} from '../../src/core/partial-date.ts';

describe('formatPartialDate', () => {
  it('shows each date at the precision it was written', () => {
    expect(formatPartialDate('2008', 'en-GB')).toBe('2008');
    expect(formatPartialDate('2008-05', 'en-GB')).toBe('May 2008');
    expect(formatPartialDate('2008-05-17', 'en-GB')).toBe('17 May 2008');
    expect(formatPartialDate('2008-05-17', 'en-US')).toBe('May 17, 2008');
  });
  it('formats ranges', () => {
    expect(formatDateSpan('2006-04', '2011-01', 'en-GB')).toBe('April 2006 – January 2011');
  });
});

describe('date arithmetic', () => {
  it('knows month lengths and leap years', () => {
    expect(lastDay('2008-02')).toBe('2008-02-29');
    expect(lastDay('2009-02')).toBe('2009-02-28');
    expect(lastDay('2010')).toBe('2010-12-31');
  });
  it('is the same instant whatever the process time zone', () => {
    expect(startTime('2008-05-17')).toBe(Date.UTC(2008, 4, 17));
  });
  it('orders coarse dates before finer ones on the same first day', () => {
    expect(['2008-05-17', '2008', '2008-05', '2007-12-31'].sort(comparePartialDates)).toEqual([
      '2007-12-31',
      '2008',
      '2008-05',
      '2008-05-17',
    ]);
  });
});

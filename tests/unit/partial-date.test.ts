import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  circaDate,
  comparePartialDates,
  formatDateSpan,
  formatPartialDate,
  formatYear,
  htmlDatetime,
  parsePartialDate,
  partialDate,
} from '../../src/core/partial-date.ts';
import { en } from '../../src/i18n/en.ts';

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
    for (const text of [
      '08',
      '2008-5',
      '2008-13',
      '2008-05-32',
      '17/05/2008',
      ' 2008',
      '+2008',
      '12008',
      '-490',
      '-0000',
    ]) {
      expect(parsePartialDate(text), text).toBeNull();
    }
  });
  it('keeps years below 100 as written (Date.UTC would move them to the 1900s)', () => {
    expect(new Date(partialDate('0042').start).getUTCFullYear()).toBe(42);
  });
  it('reads ISO 8601 expanded years before year 1 in astronomical numbering (-0490 is 491 BC)', () => {
    const marathon = partialDate('-0490-09-12');
    expect(marathon).toMatchObject({ year: -490, month: 9, day: 12, precision: 'day' });
    // JavaScript writes the same instant with six digits; a four-digit '-0490-09-12' would be read as 1990 by Date.
    expect(new Date(marathon.start).toISOString()).toBe('-000490-09-12T00:00:00.000Z');
    expect(new Date(partialDate('0000').start).toISOString()).toBe('0000-01-01T00:00:00.000Z');
    expect(partialDate('-0001').end).toBe(partialDate('0000').start);
    expect(partialDate('-013000').year).toBe(-13000);
    // Leap years run on backwards: astronomical year -4 (5 BC) is one.
    expect(parsePartialDate('-0004-02-29')).not.toBeNull();
    expect(parsePartialDate('-0003-02-29')).toBeNull();
  });
  it('stops where a JavaScript date stops', () => {
    expect(parsePartialDate('-271820')).not.toBeNull();
    expect(parsePartialDate('-271821')).toBeNull();
    expect(parsePartialDate('-999999')).toBeNull();
  });
});

describe('formatPartialDate', () => {
  it('shows each date at the precision it was written', () => {
    expect(formatPartialDate(partialDate('2008'), 'en-GB', en)).toBe('2008');
    expect(formatPartialDate(partialDate('2008-05'), 'en-GB', en)).toBe('May 2008');
    expect(formatPartialDate(partialDate('2008-05-17'), 'en-GB', en)).toBe('17 May 2008');
    expect(formatPartialDate(partialDate('2008-05-17'), 'en-US', en)).toBe('May 17, 2008');
  });
  it('formats ranges', () => {
    expect(formatDateSpan(partialDate('2006-04'), partialDate('2011-01'), 'en-GB', en)).toBe(
      'April 2006 – January 2011',
    );
  });
  it("gives years before 1 their era in the language's own words", () => {
    expect(formatPartialDate(partialDate('-0490'), 'en-GB', en)).toBe('491 BC');
    expect(formatPartialDate(partialDate('-0490-09-12'), 'en-GB', en)).toBe('12 September 491 BC');
    expect(formatPartialDate(partialDate('0000'), 'en-GB', en)).toBe('1 BC');
    expect(formatPartialDate(partialDate('-0490'), 'fr', en)).toBe('491 av. J.-C.');
    expect(formatPartialDate(partialDate('-0043-03'), 'fr', en)).toBe('mars 44 av. J.-C.');
    expect(formatPartialDate(partialDate('-0490'), 'de', en)).toBe('491 v. Chr.');
    // Years from 1 to 999 carry their era too: "August 14" alone reads as a day.
    expect(formatPartialDate(partialDate('0009'), 'en-GB', en)).toBe('9 AD');
    expect(formatPartialDate(partialDate('0014-08'), 'en-GB', en)).toBe('August 14 AD');
    expect(formatPartialDate(partialDate('0079-08-24'), 'fr', en)).toBe('24 août 79 ap. J.-C.');
    expect(formatYear(-2999, 'en-GB', en)).toBe('3000 BC');
    expect(formatYear(1066, 'en-GB', en)).toBe('1066');
  });
  it('shows an approximate date through the interface words', () => {
    expect(formatPartialDate(circaDate(partialDate('1850')), 'en-GB', en)).toBe('c. 1850');
    expect(formatPartialDate(circaDate(partialDate('-0750')), 'en-GB', en)).toBe('c. 751 BC');
    expect(formatPartialDate(circaDate(partialDate('1850')), 'en-GB', { ...en, circa: 'vers {date}' })).toBe(
      'vers 1850',
    );
    expect(formatDateSpan(circaDate(partialDate('1850')), circaDate(partialDate('1860')), 'en-GB', en)).toBe(
      'c. 1850 – c. 1860',
    );
  });
});

describe('where Intl has no era for a language', () => {
  afterEach(() => vi.restoreAllMocks());
  it('counts the year back itself and adds the interface words, never showing the astronomical year', () => {
    const original = Object.getOwnPropertyDescriptor(Intl.DateTimeFormat.prototype, 'formatToParts')!.value as (
      this: Intl.DateTimeFormat,
      date?: Parameters<Intl.DateTimeFormat['formatToParts']>[0],
    ) => Intl.DateTimeFormatPart[];
    vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts').mockImplementation(function (
      this: Intl.DateTimeFormat,
      date,
    ) {
      // An Intl without era data: no era part, and the year as the engine's own number.
      return original
        .call(this, date)
        .filter((part) => part.type !== 'era')
        .map((part) => (part.type === 'year' ? { ...part, value: '-490' } : part));
    });
    // A language the formatter has not cached yet, so the spy is reached.
    expect(formatPartialDate(partialDate('-0490-09-12'), 'en-IE', en)).toBe('12 September 491 BC');
    expect(formatPartialDate(partialDate('-0490'), 'es', { ...en, beforeCommonEra: '{date} a. C.' })).toBe('491 a. C.');
  });
});

describe('htmlDatetime', () => {
  it("gives HTML's own form where it has one, and nothing before year 1", () => {
    expect(htmlDatetime(partialDate('2008-05'))).toBe('2008-05');
    expect(htmlDatetime(partialDate('0042'))).toBe('0042');
    expect(htmlDatetime(partialDate('0000'))).toBeUndefined();
    expect(htmlDatetime(partialDate('-0490'))).toBeUndefined();
  });
});

describe('comparePartialDates', () => {
  it('orders coarse dates before finer ones on the same first day', () => {
    const sorted = ['2008-05-17', '2008', '2008-05', '2007-12-31'].map(partialDate).sort(comparePartialDates);
    expect(sorted.map((d) => d.text)).toEqual(['2007-12-31', '2008', '2008-05', '2008-05-17']);
  });
  it('orders years before 1 by time, not as text', () => {
    const sorted = ['0009', '-0004', '-0490-09-12', '-1200', '-0490', '0000', '1066'].map(partialDate);
    sorted.sort(comparePartialDates);
    expect(sorted.map((d) => d.text)).toEqual(['-1200', '-0490', '-0490-09-12', '-0004', '0000', '0009', '1066']);
  });
});

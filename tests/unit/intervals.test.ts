import { describe, expect, it } from 'vitest';
import { formatInterval, intervalBetween, intervalInMonths } from '../../src/core/intervals.ts';
import { circaDate, partialDate } from '../../src/core/partial-date.ts';
import { en } from '../../src/i18n/en.ts';

// Intl puts no-break spaces between a number and its unit in some languages; a reader sees a space.
const between = (a: string, b: string, language = 'en-GB') =>
  formatInterval(intervalBetween(partialDate(a), partialDate(b)), language, en).replace(/\s/g, ' ');

describe('the time between two dates', () => {
  it('counts calendar years, months and days between day-precise dates', () => {
    // Khyra Ishaq's death to the publication of the review into it.
    expect(between('2008-05-17', '2010-07-27')).toBe('2 years and 2 months');
    expect(intervalBetween(partialDate('2008-05-17'), partialDate('2010-07-27'))).toMatchObject({
      years: 2,
      months: 2,
      days: 10,
    });
    expect(between('2011-01-09', '2011-01-12')).toBe('3 days');
    expect(between('2013-10-15', '2014-03-27')).toBe('5 months and 12 days');
  });
  it('borrows the right number of days across a month end, leap years included', () => {
    expect(intervalBetween(partialDate('2008-01-31'), partialDate('2008-03-01'))).toMatchObject({ months: 1, days: 1 });
    expect(intervalBetween(partialDate('2009-01-31'), partialDate('2009-03-01'))).toMatchObject({ months: 1, days: 1 });
    expect(intervalBetween(partialDate('2008-02-29'), partialDate('2009-02-28'))).toMatchObject({
      years: 0,
      months: 11,
      days: 30,
    });
  });
  it('never claims more precision than the dates have', () => {
    expect(between('2008', '2010-07-27')).toBe('about 2 years');
    expect(between('2009-02', '2010-09')).toBe('about 1 year and 7 months');
    expect(between('2008-05-17', '2008-06')).toBe('about 1 month');
    expect(intervalBetween(partialDate('2003'), partialDate('2005-09-29')).days).toBe(0);
  });
  it('says "about" whenever either date is approximate (circa), even when both are written to the day', () => {
    const circa = (text: string) => circaDate(partialDate(text));
    const format = (a: ReturnType<typeof partialDate>, b: ReturnType<typeof partialDate>) =>
      formatInterval(intervalBetween(a, b), 'en-GB', en).replace(/\s/g, ' ');
    expect(format(circa('1850-06-01'), partialDate('1852-06-01'))).toBe('about 2 years');
    expect(format(partialDate('1850-06-01'), circa('1852-06-01'))).toBe('about 2 years');
    expect(format(partialDate('1850-06-01'), partialDate('1852-06-01'))).toBe('2 years');
  });
  it('counts across year 0 without a missing year (astronomical numbering)', () => {
    // From the battle of Marathon (491 BC) to AD 9: 499 years, as 490 + 9 would give.
    expect(between('-0490', '0009')).toBe('about 499 years');
    expect(between('-0043-03-15', '-0042-03-15')).toBe('1 year');
  });
  it('says so when two events fall at the same time', () => {
    expect(between('2013-07-18', '2013-07-18')).toBe('at the same time');
  });
  it("uses the language's own words for units and lists", () => {
    expect(between('2008-05-17', '2010-07-27', 'fr')).toBe('2 ans et 2 mois');
    expect(between('2008-05-17', '2010-07-27', 'de')).toBe('2 Jahre und 2 Monate');
  });
  it('gives a length in months for scales', () => {
    expect(intervalInMonths(intervalBetween(partialDate('2008-05-17'), partialDate('2010-07-17')))).toBe(26);
  });
});

import { describe, expect, it } from 'vitest';
import { yearsLabel } from '../../src/core/aligned-cases.ts';
import { formatInterval, intervalBetween, intervalInMonths } from '../../src/core/intervals.ts';
import { formatList, welshVowelStart } from '../../src/core/list-format.ts';
import { circaDate, partialDate } from '../../src/core/partial-date.ts';
import { en } from '../../src/i18n/en.ts';
import { TRANSLATIONS } from '../../src/i18n/ui-strings.ts';

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
  it('in Welsh, says "a" or "ac" as the next word needs, never CLDR\'s "a(c)"', () => {
    const cy = (a: string, b: string) =>
      formatInterval(intervalBetween(partialDate(a), partialDate(b)), 'cy', TRANSLATIONS.cy!).replace(/\s/g, ' ');
    expect(cy('2008-05-17', '2010-07-27')).toBe('2 flynedd a 2 fis');
    expect(cy('2008-05-17', '2010-01-27')).toBe('1 flwyddyn ac 8 mis');
    expect(cy('2008-01-17', '2009-12-27')).toBe('1 flwyddyn ac 11 mis');
    expect(cy('2008-05-17', '2009-03-27')).toBe('10 mis a 10 diwrnod');
    expect(formatList(['gwan am 2 fis', 'annigonol am 3 mis', 'da am 1 mis'], 'cy')).toBe(
      'gwan am 2 fis, annigonol am 3 mis, a da am 1 mis',
    );
    expect(formatList(['da am 2 fis', 'annigonol am 3 mis'], 'cy')).toBe('da am 2 fis ac annigonol am 3 mis');
    expect(['un', 'wyth', 'ŵyr', '1', '8', '18', '80', 'deg', '10', '2', '100'].map(welshVowelStart)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
    // Other languages' lists are Intl's own.
    expect(formatList(['a', 'inspección'], 'es')).toBe('a e inspección');
  });
  it('labels the years either side of a case with their sign, in every language', () => {
    for (const language of ['en-GB', 'cy', 'fr', 'es', 'de', 'ar', 'ar-JO']) {
      const labels = [-2, -1, 1, 2].map((years) => yearsLabel(years, language));
      expect(labels.slice(0, 2).every((l) => l.includes('−'))).toBe(true);
      expect(labels.slice(2).every((l) => l.includes('+'))).toBe(true);
    }
    // Arabic writes one and two years as words without a sign in its short form: the narrow form keeps it.
    expect(yearsLabel(-1, 'ar')).not.toBe(yearsLabel(1, 'ar'));
    expect(yearsLabel(-1, 'en-GB')).toBe('−1 yr');
  });
  it('gives a length in months for scales', () => {
    expect(intervalInMonths(intervalBetween(partialDate('2008-05-17'), partialDate('2010-07-17')))).toBe(26);
  });
});

// The views of issue 14 on the real story and on small fixtures worked by hand: the time between, how long it took,
// the cases side by side, the time at each rating level in words, and ?view= in the URL.
import { describe, expect, it } from 'vitest';
import { validateEventFile } from '../../src/build/events-file.ts';
import { alignedCases, casesToAlign, tickYears } from '../../src/core/aligned-cases.ts';
import { ratingHistory } from '../../src/core/overview-model.ts';
import { handWorkedRatings } from '../support/rating-spans.ts';
import { circaDate, formatDateSpan, formatPartialDate, partialDate, utcDay } from '../../src/core/partial-date.ts';
import { ratingTimeText } from '../../src/core/rating-sentence.ts';
import { sortEvents } from '../../src/core/summarize-dataset.ts';
import { gapSteps, laterRelated, laterText, offsetFrom, type ViewEvent } from '../../src/core/time-between.ts';
import { payloadDate } from '../../src/core/timeline-payload.ts';
import { parseViewState, serializeViewState } from '../../src/core/url-state.ts';
import { gapItemsHtml, howLongHtml } from '../../src/core/views-markup.ts';
import { en } from '../../src/i18n/en.ts';

const t = { ...en, types: en.types, colon: en.punctuation.colon };
const language = 'en-GB';
const result = validateEventFile(new URL('../../data/events.json', import.meta.url).pathname);
if (!result.ok) throw new Error('data/events.json is not valid');
const story = sortEvents(result.data.events);
const events: ViewEvent[] = story.map((e) => ({ ...e, when: formatPartialDate(e.date, language, t) }));
const byId = new Map(events.map((e) => [e.id, e]));
const at = (id: string) => byId.get(id)!;
const view = (id: string, type: ViewEvent['type'], date: string, related?: string[]): ViewEvent => ({
  id,
  type,
  date: partialDate(date),
  title: id,
  when: date,
  related,
});

describe('the time between (?view=gaps)', () => {
  it('puts every event at its own step with the time until the next, the longest gap at full length', () => {
    const steps = gapSteps(events, language, t);
    expect(steps).toHaveLength(events.length);
    expect(steps.at(-1)!.next).toBeUndefined();
    expect(Math.max(...steps.map((s) => s.next?.share ?? 0))).toBe(1);
  });

  it('writes year-only gaps as "about", never as a count of days', () => {
    // special-measures-2000 (2000) → follow-up-inspection-2001 (2001)
    const [first] = gapSteps(events, language, t);
    expect(first!.event.id).toBe('special-measures-2000');
    expect(first!.next!.text).toBe('about 1 year');
    expect(first!.next!.interval.days).toBe(0);
  });

  it('says "the same day" for events on one date rather than "0 days"', () => {
    const steps = gapSteps(events, language, t);
    const same = steps.find((s) => s.event.id === 'zero-stars-2002')!;
    expect(laterText(same.next!, language, t)).toBe('the same day');
  });

  it('with inspections only, gives the time between judgements', () => {
    const inspections = events.filter((e) => e.type === 'inspection');
    const steps = gapSteps(inspections, language, t);
    // ofsted-2019 (17 January 2019) → ofsted-focused-visit-2020 (February 2020): month precision, about 1 year 1 month
    const after2019 = steps.find((s) => s.event.id === 'ofsted-2019')!;
    expect(after2019.next!.text).toBe('about 1 year and 1 month');
    // ofsted-good-2023 (18 April 2023) → improvement-direction-lifted (26 May 2023)
    expect(steps.find((s) => s.event.id === 'ofsted-good-2023')!.next!.text).toBe('1 month and 8 days');
  });

  it('writes each interval into the markup the page and the browser share, escaped', () => {
    const html = gapItemsHtml(
      gapSteps(
        [view('a', 'case', '2008-05-17'), { ...view('b', 'report', '2010-07-27'), title: '<b>x</b>' }],
        language,
        t,
      ),
      (id) => `/events/${id}/`,
      language,
      t,
    );
    expect(html).toContain('Next event: 2 years and 2 months later');
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(html).not.toContain('<b>x</b>');
  });
});

describe('how long it took (linked pairs)', () => {
  it("follows Khyra Ishaq's death to the review commissioned, the pleas, the sentences and the review published", () => {
    const steps = laterRelated(at('khyra-ishaq-dies'), events, language, t);
    expect(steps.map((s) => [s.event.id, laterText(s, language, t)])).toEqual([
      ['khyra-ishaq-scr-commissioned', '6 days later'],
      ['khyra-ishaq-pleas', '1 year and 9 months later'],
      ['khyra-ishaq-sentences', '1 year and 9 months later'],
      ['khyra-ishaq-scr-published', '2 years and 2 months later'],
    ]);
    expect(steps.at(-1)!.share).toBe(1);
  });

  it("follows Keanu Williams's death to the conviction and the serious case review", () => {
    const steps = laterRelated(at('keanu-williams-dies'), events, language, t);
    expect(steps.map((s) => [s.event.id, s.text])).toEqual([
      ['keanu-williams-conviction', '2 years and 5 months'],
      ['keanu-williams-scr', '2 years and 8 months'],
    ]);
  });

  it('counts links either way and only later events', () => {
    // zero-stars-2003 lists zero-stars-2002 (earlier: not shown); zero-stars-2004 lists zero-stars-2003 (shown).
    const steps = laterRelated(at('zero-stars-2003'), events, language, t);
    expect(steps.map((s) => s.event.id)).toEqual(['zero-stars-2004']);
  });

  it('draws nothing for an event with no later related events', () => {
    const last = at('improvement-direction-lifted');
    expect(
      howLongHtml(
        last,
        laterRelated(last, events, language, t),
        () => '',
        'How long it took',
        'How to read it.',
        2,
        language,
        t,
      ),
    ).toBe('');
  });
});

describe('the cases side by side (?view=aligned)', () => {
  const model = alignedCases(events, ratingHistory(story, utcDay(2024)), language, t);

  it('has one row for each case with related events, not counting the later steps of a case already shown', () => {
    // Cases in the file with related events: 11; Khyra Ishaq's pleas and sentences and Keanu Williams's conviction
    // are later steps of a death already on a row. Counted by hand from data/events.json.
    const withRelated = events.filter(
      (e) => e.type === 'case' && (e.related?.length || events.some((o) => o.related?.includes(e.id))),
    );
    expect(withRelated).toHaveLength(11);
    expect(model.rows.map((r) => r.case.id)).toEqual([
      'toni-ann-byfield-killed',
      'khyra-ishaq-dies',
      'child-deaths-count-2009',
      'unallocated-cases-2010',
      'keanu-williams-dies',
      'cases-closed-unassessed',
      'keegan-downer',
      'hakeem-hussain',
    ]);
    expect(casesToAlign(events)).toHaveLength(model.rows.length);
  });

  it('sets each case at 0 on one shared scale, with its related events and nearby inspections at their offsets', () => {
    expect(model.domain).toEqual([-36, 36]);
    expect(model.zero).toBe(0.5);
    const khyra = model.rows.find((r) => r.case.id === 'khyra-ishaq-dies')!;
    const mark = (id: string) => khyra.marks.find((m) => m.event.id === id)!;
    expect(mark('khyra-ishaq-dies').x).toBe(0.5);
    expect(mark('khyra-ishaq-scr-published').text).toBe('2 years and 2 months after');
    expect(mark('khyra-ishaq-scr-published').linked).toBe(true);
    // An inspection of the years around it, not linked: Ofsted's annual assessment of December 2008.
    expect(mark('apa-2008').text).toBe('7 months after');
    expect(mark('apa-2008').linked).toBe(false);
    // The appointment that lists the death, written to the month: "about".
    expect(mark('tony-howell-director').text).toBe('about 2 years and 1 month before');
    expect(mark('tony-howell-director').x).toBeLessThan(0.5);
  });

  it('gives a year-only date relative to a case as "about", in whole years', () => {
    const offset = offsetFrom(partialDate('2003-09-14'), partialDate('2001'), language, t);
    expect(offset.text).toBe('about 2 years before');
    expect(offset.sign).toBe(-1);
  });

  it('lays the rating in force behind each row', () => {
    const keanu = model.rows.find((r) => r.case.id === 'keanu-williams-dies')!;
    // Three years either side of January 2011: weak (September 2005) until the annual assessment of December 2008,
    // then six failing judgements (2008, 2009, June and December 2010, 2011, 2012).
    expect(keanu.ratings.map((r) => r.level)).toEqual(['weak', ...Array(6).fill('failing')]);
  });
});

describe('the time at each rating level, in words', () => {
  it('states the hand-computed months of a fixture, worst level first, with its method', () => {
    // failing Jan 2000 – Jun 2005 (65 months) and Dec 2008 – Jan 2019 (121): 186 = 15 years 6 months;
    // weak Jan 2019 – Apr 2023: 51 = 4 years 3 months; adequate Jun 2005 – Dec 2008: 42 = 3 years 6 months;
    // good Apr 2023 – Jan 2024: 9 months; 288 months in all = 24 years.
    const text = ratingTimeText(handWorkedRatings, language, t);
    expect(text?.sentence).toBe(
      'Rated failing for 15 years and 6 months, weak for 4 years and 3 months, adequate for 3 years and 6 months and good for 9 months, of the 24 years from the first rating (2000) to the end of 2023.',
    );
    expect(text?.method).toContain('until the end of 2023');
  });

  it('says nothing for a file without ratings', () => {
    expect(ratingTimeText([], language, t)).toBeUndefined();
  });

  it('states the real story: failing for 14 years and 9 months of 23', () => {
    // From data/events.json by hand: failing 2001 (year only: January) – Sep 2005 (56 months) and Dec 2008 – Jan 2019
    // (121) = 177; weak Sep 2005 – Dec 2008 = 39; adequate ("requires improvement") Jan 2019 – Apr 2023 = 51;
    // good Apr 2023 to the end of 2023 = 9; 276 months from January 2001.
    expect(ratingTimeText(ratingHistory(story, utcDay(2024)), language, t)?.sentence).toBe(
      'Rated failing for 14 years and 9 months, weak for 3 years and 3 months, adequate for 4 years and 3 months and good for 9 months, of the 23 years from the first rating (2001) to the end of 2023.',
    );
  });
});

describe('the views with approximate and ancient dates', () => {
  const circa = (id: string, type: ViewEvent['type'], date: string): ViewEvent => ({
    ...view(id, type, date),
    date: circaDate(partialDate(date)),
  });

  it('says "about" for the time from or to an approximate date, even one written to the day', () => {
    const [first] = gapSteps([circa('a', 'case', '2008-05-17'), view('b', 'report', '2010-07-27')], language, t);
    expect(first!.next!.text).toBe('about 2 years and 2 months');
    const [exact] = gapSteps([view('a', 'case', '2008-05-17'), view('b', 'report', '2010-07-27')], language, t);
    expect(exact!.next!.text).toBe('2 years and 2 months');
  });

  it('keeps "about" when the browser lays the views out again from the payload', () => {
    const date = payloadDate({ date: '2008-05-17', circa: true });
    expect(date.circa).toBe(true);
    expect(payloadDate({ date: '2008-05-17' }).circa).toBeUndefined();
    const steps = laterRelated(
      { ...view('a', 'case', '2008-05-17', ['b']), date },
      [{ ...view('a', 'case', '2008-05-17', ['b']), date }, view('b', 'report', '2010-07-27')],
      language,
      t,
    );
    expect(laterText(steps[0]!, language, t)).toBe('about 2 years and 2 months later');
  });

  it('counts across the start of the era with no year 0 missing, and writes BC where the pages do', () => {
    // 491 BC (-0490) to AD 9 (0009): 499 years, astronomically.
    const [first] = gapSteps([view('a', 'case', '-0490'), view('b', 'case', '0009')], language, t);
    expect(first!.next!.text).toBe('about 499 years');
    // Caesar's death (March 44 BC) to Augustus's reign (January 27 BC), both to the month.
    expect(offsetFrom(partialDate('-0043-03'), partialDate('-0026-01'), language, t).text).toBe(
      'about 16 years and 10 months after',
    );
    const model = alignedCases(
      [view('caesar', 'case', '-0043-03', ['augustus']), view('augustus', 'appointment', '-0026-01')],
      [],
      language,
      t,
    );
    expect(model.rows.map((r) => r.case.id)).toEqual(['caesar']);
    expect(model.rows[0]!.marks.at(-1)!.text).toBe('about 16 years and 10 months after');
    // Three years before the case to seventeen after: labelled every two years, not twenty-one labels in a row.
    expect(model.domain).toEqual([-36, 204]);
    expect(model.ticks.map((tick) => tick.years)).toEqual([-2, 0, 2, 4, 6, 8, 10, 12, 14, 16]);
    expect([6, 20, 100, 1500].map(tickYears)).toEqual([1, 2, 10, 200]);
    expect(formatDateSpan(partialDate('-0043'), partialDate('0014'), language, t)).toBe('44 BC – 14 AD');
  });

  it('names the years of the time at each rating level as the pages do, BC included', () => {
    const text = ratingTimeText(
      [{ id: 'r', label: 'Failing', level: 'failing', from: utcDay(-490), to: utcDay(-480) }],
      language,
      t,
    );
    expect(text?.sentence).toBe(
      'Rated failing for 10 years, of the 10 years from the first rating (491 BC) to the end of 482 BC.',
    );
  });
});

describe('?view= in the URL', () => {
  it('reads the story views and ignores anything else', () => {
    expect(parseViewState('?view=gaps').view).toBe('gaps');
    expect(parseViewState('?view=aligned&types=inspection')).toEqual({ view: 'aligned', types: ['inspection'] });
    expect(parseViewState('?view=full').view).toBeUndefined();
    expect(parseViewState('?view=<script>').view).toBeUndefined();
  });

  it("writes the view, and leaves an embed's own view=full or view=compact alone", () => {
    expect(serializeViewState({ view: 'gaps' })).toBe('?view=gaps');
    expect(serializeViewState({}, '?view=gaps&theme=dark')).toBe('?theme=dark');
    expect(serializeViewState({}, '?view=compact&theme=dark')).toBe('?view=compact&theme=dark');
  });
});

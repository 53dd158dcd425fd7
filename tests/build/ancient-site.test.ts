// A history of more than 4,000 years, built: dates before year 1 (written -0489 for 490 BC), years before 1000, year 0,
// approximate dates, and a span from BC to AD. Sorted by time, shown with their era in English and in French, a
// sensible overview axis, a page per year, and no crash.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, loadPage, projectRoot, sitemapPages, type BuildRun } from './build-helpers.ts';
import { MAX_BINS } from '../../src/core/year-bins.ts';
import type { TimelinePayload } from '../../src/core/timeline-payload.ts';

const fixture = JSON.parse(readFileSync(join(projectRoot, 'tests/fixtures/ancient.json'), 'utf8'));
const visible = (text: string) => text.replace(/\s+/g, ' ').trim();
let en: BuildRun;
let fr: BuildRun;

beforeAll(() => {
  en = buildSite('tests/fixtures/ancient.json', 'ancient');
  if (en.status !== 0) throw new Error(`ancient build failed:\n${en.stderr}\n${en.stdout}`);
  mkdirSync(join(projectRoot, 'tests/.tmp'), { recursive: true });
  const french = join(projectRoot, 'tests/.tmp/ancient-fr.json');
  writeFileSync(french, JSON.stringify({ ...fixture, $schema: undefined, language: 'fr' }));
  fr = buildSite(french, 'ancient-fr');
  if (fr.status !== 0) throw new Error(`French ancient build failed:\n${fr.stderr}\n${fr.stdout}`);
});

const ORDER = [
  'great-pyramid',
  'hammurabi',
  'marathon',
  'caesar-dies',
  'augustus-reigns',
  'gaius-in-the-east',
  'teutoburg',
  'vesuvius',
  'sutton-hoo',
  'hastings',
  'magna-carta',
  'moon-landing',
];

describe('an ancient-history file, built', () => {
  it('lists the events in time order, BC before AD, not in the order of their text', () => {
    const $ = loadPage(en.outDir, '/');
    expect(
      $('#events li[data-event-id]')
        .map((_, li) => $(li).attr('data-event-id'))
        .get(),
    ).toEqual(ORDER);
    expect(
      $('.year-heading')
        .map((_, h) => visible($(h).text()))
        .get(),
    ).toEqual([
      '2560 BC',
      '1754 BC',
      '490 BC',
      '44 BC',
      '27 BC',
      '1 BC',
      '9 AD',
      '79 AD',
      '625 AD',
      '1066',
      '1215',
      '1969',
    ]);
  });

  it('shows each date with its era, its precision and its circa, in English', () => {
    const $ = loadPage(en.outDir, '/');
    const dateOf = (id: string) => visible($(`li[data-event-id="${id}"] .event-date`).text());
    expect(dateOf('great-pyramid')).toBe('c. 2560 BC');
    expect(dateOf('marathon')).toBe('September 490 BC');
    expect(dateOf('augustus-reigns')).toBe('January 27 BC – August 14 AD');
    expect(dateOf('gaius-in-the-east')).toBe('1 BC');
    expect(dateOf('teutoburg')).toBe('September 9 AD');
    expect(dateOf('sutton-hoo')).toBe('c. 625 AD');
    expect(dateOf('moon-landing')).toBe('20 July 1969');
    // HTML's datetime has no year before 1: such a date is text alone; later ones keep their machine-readable form.
    expect($('li[data-event-id="marathon"] .event-date').is('span')).toBe(true);
    expect($('li[data-event-id="vesuvius"] time.event-date').attr('datetime')).toBe('0079');
    // Approximate dates are marked for the eye as well as in words.
    expect($('li[data-event-id="great-pyramid"] .event-date').hasClass('is-circa')).toBe(true);
    expect($('li[data-event-id="marathon"] .event-date').hasClass('is-circa')).toBe(false);
    expect(visible(loadPage(en.outDir, '/events/augustus-reigns/')('.event-detail .event-date').text())).toBe(
      'January 27 BC – August 14 AD',
    );
  });

  it('shows the same dates in French, with Intl’s own era', () => {
    const $ = loadPage(fr.outDir, '/');
    expect(
      $('#events li[data-event-id]')
        .map((_, li) => $(li).attr('data-event-id'))
        .get(),
    ).toEqual(ORDER);
    const dateOf = (id: string) => visible($(`li[data-event-id="${id}"] .event-date`).text());
    expect(dateOf('marathon')).toBe('septembre 490 av. J.-C.');
    expect(dateOf('augustus-reigns')).toBe('janvier 27 av. J.-C. – août 14 ap. J.-C.');
    expect(dateOf('hastings')).toBe('octobre 1066');
    expect(visible($('.year-heading').first().text())).toBe('2560 av. J.-C.');
    expect(visible(loadPage(fr.outDir, '/years/-489/')('h1').text())).toContain('490 av. J.-C.');
  });

  it('has a page per year at /years/<astronomical year>/, linked in order through year 0', () => {
    const page = loadPage(en.outDir, '/years/-489/');
    expect(visible(page('h1').text())).toBe('Events of 490 BC');
    expect(
      page('li[data-event-id]')
        .map((_, li) => page(li).attr('data-event-id'))
        .get(),
    ).toEqual(['marathon']);
    const yearZero = loadPage(en.outDir, '/years/0/');
    expect(visible(yearZero('h1').text())).toBe('Events of 1 BC');
    expect(yearZero('a[rel="prev"]').attr('href')).toBe('/years/-26/');
    expect(visible(yearZero('a[rel="prev"]').text())).toContain('27 BC');
    expect(yearZero('a[rel="next"]').attr('href')).toBe('/years/9/');
    // Year 0 is a year like any other: the page before it links forward to it.
    expect(loadPage(en.outDir, '/years/-26/')('a[rel="next"]').attr('href')).toBe('/years/0/');
    expect(sitemapPages(en.outDir, 'http://localhost:4321/')).toEqual(
      expect.arrayContaining(['/years/-2559/', '/years/-489/', '/years/0/', '/years/79/', '/years/1969/']),
    );
  });

  it('draws the overview in bars of decades or more, with an axis labelled in round years of both eras', () => {
    const $ = loadPage(en.outDir, '/');
    const bins = $('.overview-year').length;
    expect(bins).toBeGreaterThan(20);
    expect(bins).toBeLessThanOrEqual(MAX_BINS);
    // Every event is counted once in the table of bars.
    const table = $('.overview-table table').filter((_, t) => /Events per \d+ years/.test($(t).find('caption').text()));
    expect(table.length).toBe(1);
    // The chart's name (read by screen readers) says what a bar counts, as the table's caption does.
    const binned = /Events per (\d+) years/.exec(table.find('caption').text())![1];
    expect(visible($('#overview-caption').text())).toContain(`events per ${binned} years by type`);
    const total = table
      .find('tbody tr')
      .map((_, tr) => Number($(tr).find('td').last().text()))
      .get()
      .reduce((a: number, b: number) => a + b, 0);
    expect(total).toBe(fixture.events.length);
    // The widest layout labels round years only, never an astronomical number or "0".
    const labels = $('.ov-year')
      .filter((_, el) => !/\bov-hide-2\b/.test($(el).attr('class') ?? ''))
      .map((_, el) => visible($(el).text()))
      .get();
    expect(labels).toEqual(expect.arrayContaining(['2000 BC', '1000 BC', '500 BC', '1000', '2000']));
    expect(labels.every((label) => /^(\d+ (BC|AD)|\d{4})$/.test(label))).toBe(true);
    const lefts = $('.ov-year')
      .map((_, el) => Number(/left:([\d.]+)%/.exec($(el).attr('style') ?? '')?.[1]))
      .get();
    expect(lefts).toEqual([...lefts].sort((a, b) => a - b));
  });

  it('gives the browser dates it reads back the same way, and the formatted dates', () => {
    const payload = JSON.parse(readFileSync(join(en.outDir, 'timeline.json'), 'utf8')) as TimelinePayload;
    expect(payload.events.map((e) => e.id)).toEqual(ORDER);
    const marathon = payload.events.find((e) => e.id === 'marathon')!;
    expect(marathon).toMatchObject({ date: '-0489-09', when: 'September 490 BC' });
    expect(payload.overview.binYears).toBeGreaterThan(1);
  });

  it('reads as a story through chapters of BC and AD years, on / and in the projector view', () => {
    const $ = loadPage(en.outDir, '/');
    expect(
      $('.story-toc-span')
        .map((_, el) => visible($(el).text()))
        .get(),
    ).toEqual(['2600 BC – 400 BC', '44 BC – 14 AD']);
    expect(visible($('#chapter-rome .chapter-span').text())).toBe('44 BC – 14 AD');
    const chapterDate = (chapter: string, id: string) =>
      $(`#chapter-${chapter} [data-chapter-event="${id}"] .event-date`);
    expect(visible(chapterDate('first-kingdoms', 'great-pyramid').text())).toBe('c. 2560 BC');
    expect(visible(chapterDate('rome', 'augustus-reigns').text())).toBe('January 27 BC – August 14 AD');
    // No datetime HTML cannot hold: a date before year 1 is text alone, as in the list.
    expect(chapterDate('rome', 'caesar-dies').is('span')).toBe(true);
    expect(chapterDate('rome', 'teutoburg').attr('datetime')).toBe('0009-09');
    const present = loadPage(en.outDir, '/present/');
    expect(visible(present('#present-chapter-rome .slide-date').text())).toBe('44 BC – 14 AD');
  });

  it('measures the time between across the start of the era, "about" for approximate dates', () => {
    const $ = loadPage(en.outDir, '/');
    const gaps = $('[data-view="gaps"] .gaps-interval')
      .map((_, el) => visible($(el).text()))
      .get();
    expect(gaps).toHaveLength(ORDER.length - 1);
    // Two approximate years, 2560 BC and 1754 BC; then March 44 BC to January 27 BC, written to the month.
    expect(gaps[0]).toBe('Next event: about 806 years later');
    expect(gaps[ORDER.indexOf('caesar-dies')]).toBe('Next event: about 16 years and 10 months later');
    // 1 BC (year 0) to September AD 9: nine years, with no year 0 missing.
    expect(gaps[ORDER.indexOf('gaius-in-the-east')]).toBe('Next event: about 9 years later');
    expect(
      $('[data-view="gaps"] .gaps-when')
        .map((_, el) => visible($(el).text()))
        .get()
        .slice(0, 3),
    ).toEqual(['c. 2560 BC', 'c. 1754 BC', 'September 490 BC']);
    const aligned = visible($('[data-view="aligned"] .aligned-table').text());
    expect($('[data-view="aligned"] .aligned-row')).toHaveLength(1);
    expect(aligned).toContain('January 27 BC – August 14 AD');
    expect(aligned).toContain('about 16 years and 10 months after');
    expect(visible(loadPage(en.outDir, '/events/caesar-dies/')('.how-long-list').text())).toContain(
      'about 16 years and 10 months later',
    );
  });

  it('shows BC dates in the projector view, the print handout and the classroom pages', () => {
    const present = loadPage(en.outDir, '/present/');
    expect(visible(present('#slide-marathon .slide-date').text())).toBe('September 490 BC');
    expect(visible(present('#slide-marathon .slide-place').text())).toBe('2560 BC1969');
    const print = loadPage(en.outDir, '/print/');
    expect(visible(print('.print-event [data-event-id="caesar-dies"] .event-date').text())).toBe('March 44 BC');
  });
});

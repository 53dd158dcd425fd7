import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, loadPage, projectRoot, type BuildRun } from './build-helpers.ts';

const fixturePath = join(projectRoot, 'tests/fixtures/valid.json');
const fixture = JSON.parse(readFileSync(fixturePath, 'utf8'));
let run: BuildRun;
// Text as a reader sees it: runs of whitespace collapse, as HTML renders them.
const visible = (text: string) => text.replace(/\s+/g, ' ').trim();

beforeAll(() => {
  run = buildSite('tests/fixtures/valid.json', 'fixture');
  if (run.status !== 0) throw new Error(`fixture build failed:\n${run.stderr}\n${run.stdout}`);
});

describe('a site built from a fixture file (EVENTS_FILE)', () => {
  it('has one page per event, plus home, about and 404', () => {
    const pages = readdirSync(join(run.outDir, 'events'));
    expect(pages.sort()).toEqual(fixture.events.map((e: { id: string }) => e.id).sort());
    for (const page of ['index.html', 'about/index.html', '404.html'])
      expect(existsSync(join(run.outDir, page))).toBe(true);
  });

  it('lists every event exactly once on /, in date order, grouped by year', () => {
    const $ = loadPage(run.outDir, '/');
    const ids = $('#events li[data-event-id]')
      .map((_, el) => $(el).attr('data-event-id'))
      .get();
    expect(ids).toEqual(['first-report', 'month-appointment', 'may-inspection', 'later-case']);
    expect(
      $('.year-heading')
        .map((_, el) => visible($(el).text()))
        .get(),
    ).toEqual(['2008', '2010']);
  });

  it('shows dates as written, at their precision', () => {
    const $ = loadPage(run.outDir, '/');
    const dateOf = (id: string) => visible($(`li[data-event-id="${id}"] .event-date`).text());
    expect(dateOf('first-report')).toBe('2008');
    expect(dateOf('month-appointment')).toBe('May 2008 – January 2011');
    expect(dateOf('may-inspection')).toBe('17 May 2008');
  });

  it('shows text with <, >, & and quotes exactly as written', () => {
    const $ = loadPage(run.outDir, '/events/later-case/');
    expect($('h1').text()).toBe('A later case with 1 < 2 && "quotes" & <3');
    expect($('.event-summary').text()).toBe('Summary with 1 < 2 && "x" written exactly.');
    expect(loadPage(run.outDir, '/')('h1').text()).toBe('Fixture timeline: 1 < 2 && "x"');
  });

  it('renders raw HTML and javascript: links in a body as text, adding no element or link', () => {
    const $ = loadPage(run.outDir, '/events/later-case/');
    const body = $('.event-body');
    expect(body.find('img, script').length).toBe(0);
    expect(
      body
        .find('a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['https://example.org/report']);
    expect(body.text()).toContain('<img src=x onerror=alert(1)>');
    // The page's own scripts (the embed dialog, JSON-LD) are there; nothing from the data became one.
    expect($('script').filter((_, el) => /alert\(/.test($(el).html() ?? '')).length).toBe(0);
    expect(
      $('script:not([type="application/ld+json"]):not([type="application/json"]):not([type="module"])').length,
    ).toBe(0);
    // Data handed to the browser as JSON cannot close its script: every "<" is escaped.
    for (const block of $('script[type="application/json"]').toArray()) {
      const text = $(block).html() ?? '';
      expect(text).not.toContain('<');
      expect(() => JSON.parse(text) as unknown).not.toThrow();
    }
  });

  it('gives an event page everything in the record', () => {
    const $ = loadPage(run.outDir, '/events/later-case/');
    expect($('.content-note').text()).toContain('Content note');
    expect($('.content-note').index()).toBeLessThan($('.event-summary').index());
    expect($('.event-note').text()).toContain('Sources disagree');
    expect($('.source-list li').length).toBe(2);
    // A headline is quoted as published; a source described in our own words is not put in quotation marks.
    expect(visible($('.source-list li').eq(0).text())).toContain('Example News, “Headline one”, 12 March 2010');
    expect(visible($('.source-list li').eq(1).text())).toBe(
      "Court record, The judge's sentencing remarks, as read in court",
    );
    // The other side's reply sits beside the claim, naming the source that carries it.
    expect(visible($('.event-response').text())).toBe(
      'Response: The council: It said it accepted the findings & would act on them. (reported by Example News)',
    );
    expect($('*').index($('.event-response'))).toBeLessThan($('*').index($('.sources-heading')));
    expect(visible(loadPage(run.outDir, '/')('li[data-event-id="later-case"] .event-response').text())).toContain(
      'Response: The council',
    );
    expect(visible(loadPage(run.outDir, '/print/')('.event-response').text())).toContain('Response: The council');
    expect($('.related a').attr('href')).toBe('/events/first-report/');
    expect($('a[rel="prev"]').attr('href')).toBe('/events/may-inspection/');
    expect($('title').text()).toBe('A later case with 1 < 2 && "quotes" & <3 · Fixture timeline: 1 < 2 && "x"');
    expect($('meta[name="description"]').attr('content')).toBe('Summary with 1 < 2 && "x" written exactly.');
    expect($('link[rel="canonical"]').attr('href')).toBe('http://localhost:4321/events/later-case/');
    const report = loadPage(run.outDir, '/events/first-report/');
    expect(visible(report('.figures').text())).toBe('Staff off sick: 20% (compared with national average: 10%)');
    expect(report('.event-quote').text()).toContain('not fit for purpose');
  });

  it('shows the corrections log on /about/', () => {
    const $ = loadPage(run.outDir, '/about/');
    expect(visible($('.corrections li').text())).toBe('30 November 2026: A correction & its <3 note.');
  });
});

describe('a build from an invalid file', () => {
  it('fails with every problem named, and leaves no site behind', () => {
    const bad = buildSite('tests/fixtures/invalid.json', 'invalid');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain(
      'tests/fixtures/invalid.json: events[0].date: expected YYYY, YYYY-MM or YYYY-MM-DD, got "2008-13-01" (event "bad-date")',
    );
    expect(bad.stderr).toContain(
      'tests/fixtures/invalid.json: events[1].tilte: unknown field; did you mean "title"? (event "typo")',
    );
    expect(existsSync(bad.outDir)).toBe(false);
  });

  it('fails on malformed JSON with the line and column', () => {
    const bad = buildSite('tests/fixtures/malformed.json', 'malformed');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('tests/fixtures/malformed.json:4:17: expected "," (is a comma missing?)');
    expect(existsSync(bad.outDir)).toBe(false);
  });

  it('resolves a relative EVENTS_FILE from the current directory', () => {
    const fromTests = buildSite('fixtures/invalid.json', 'invalid-cwd', {}, join(projectRoot, 'tests'));
    expect(fromTests.stderr).toContain('fixtures/invalid.json: events[0].date');
  });
});

// Issue 14: each view is in the page without JavaScript, drawn at build time, with its numbers in words.
describe('the views of a fixture file, in the HTML', () => {
  it('the time between: every event a step, each gap written at the precision the two dates share', () => {
    const $ = loadPage(run.outDir, '/');
    const steps = $('[data-view="gaps"] .gaps-step');
    expect(steps.map((_, el) => $(el).attr('data-gap-id')).get()).toEqual([
      'first-report',
      'month-appointment',
      'may-inspection',
      'later-case',
    ]);
    expect(
      $('[data-view="gaps"] .gaps-interval')
        .map((_, el) => visible($(el).text()))
        .get(),
    ).toEqual(['Next event: the same year', 'Next event: the same month', 'Next event: 1 year and 9 months later']);
    expect($('[data-view="gaps"] svg.gaps-bar')).toHaveLength(3);
  });

  it('the cases side by side: one row for the one case with related events, and a table of its offsets', () => {
    const $ = loadPage(run.outDir, '/');
    expect($('[data-view="aligned"] .aligned-row')).toHaveLength(1);
    const table = visible($('[data-view="aligned"] .aligned-table').text());
    // first-report is written as a year only: "about"; the inspection is dated to the day.
    expect(table).toContain('about 2 years before');
    expect(table).toContain('1 year and 9 months before');
  });

  it('how long it took, on the page of an event a later one links to', () => {
    const $ = loadPage(run.outDir, '/events/first-report/');
    expect(visible($('.how-long-list').text())).toContain('about 2 years later');
    expect(loadPage(run.outDir, '/events/later-case/')('.how-long')).toHaveLength(0);
  });

  it('the time at each rating level, on / and /about/', () => {
    // One rating, May 2008, held to the end of the file's last year: 2011, where the appointment's span ends.
    // May 2008 to January 2012: 44 months.
    const sentence =
      'Rated failing for 3 years and 8 months, of the 3 years and 8 months from the first rating (2008) to the end of 2011.';
    for (const path of ['/', '/about/'])
      expect(visible(loadPage(run.outDir, path)('[data-rating-time]').text())).toContain(sentence);
  });
});

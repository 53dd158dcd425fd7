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

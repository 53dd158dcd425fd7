// Past 600 events a file is built differently: year pages, a year index on /, and no per-event extras.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateEvents } from '../support/generate-events.ts';
import { buildSite, loadPage, projectRoot, publicPages, sitemapPages, type BuildRun } from './build-helpers.ts';

const SITE = 'https://news.example.org';
const file = generateEvents(700);
const yearOf = (date: string) => Number(date.slice(0, 4));
const years = [...new Set(file.events.map((e) => yearOf(e.date)))].sort((a, b) => a - b);
const countIn = (year: number) => file.events.filter((e) => yearOf(e.date) === year).length;
let run: BuildRun;

beforeAll(() => {
  mkdirSync(join(projectRoot, 'tests/.tmp'), { recursive: true });
  const eventsFile = join(projectRoot, 'tests/.tmp/large-events.json');
  writeFileSync(eventsFile, JSON.stringify(file));
  run = buildSite(eventsFile, 'large', { SITE_URL: SITE });
  if (run.status !== 0) throw new Error(`large build failed:\n${run.stderr}`);
});

describe('a file of 700 events', () => {
  it('gets one page per year, which together list every event exactly once, each in its own year', () => {
    expect(
      readdirSync(join(run.outDir, 'years'))
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual(years);
    const listed: string[] = [];
    for (const year of years) {
      const $ = loadPage(run.outDir, `/years/${year}/`);
      const ids = $('li[data-event-id]')
        .map((_, li) => $(li).attr('data-event-id'))
        .get();
      const inYear = file.events.filter((e) => yearOf(e.date) === year).map((e) => e.id);
      expect(ids.sort(), `/years/${year}/`).toEqual(inYear.sort());
      listed.push(...ids);
    }
    expect(listed.sort()).toEqual(file.events.map((e) => e.id).sort());
  });

  it('lists the years on /, with how many events each holds, instead of every event', () => {
    const $ = loadPage(run.outDir, '/');
    expect($('li[data-event-id]')).toHaveLength(0);
    const index = $('.year-index li')
      .map((_, li) => ({
        href: $(li).find('a').attr('href'),
        year: Number($(li).find('a').text()),
        count: $(li).find('.year-index-count').text(),
      }))
      .get();
    expect(index).toEqual(years.map((year) => ({ href: `/years/${year}/`, year, count: `(${countIn(year)})` })));
    // The interactive timeline still gets every event.
    const timeline = JSON.parse(readFileSync(join(run.outDir, 'timeline.json'), 'utf8')) as { events: unknown[] };
    expect(timeline.events).toHaveLength(700);
  });

  it('makes no per-event share image, embed card or oEmbed file', () => {
    expect(readdirSync(join(run.outDir, 'share'))).toEqual(['_site.png']);
    expect(readdirSync(join(run.outDir, 'embed'))).toEqual(['index.html']);
    expect(readdirSync(join(run.outDir, 'oembed'))).toEqual(['site.json']);
  });

  it("points an event page's share image, embed code and oEmbed link at the site-level ones, which exist", () => {
    const $ = loadPage(run.outDir, `/events/${file.events[0]!.id}/`);
    const links = {
      image: $('meta[property="og:image"]').attr('content'),
      oembed: $('link[type="application/json+oembed"]').attr('href'),
      embed: (JSON.parse($('[data-embed-config]').text()) as { src: string }).src,
    };
    expect(links).toEqual({
      image: `${SITE}/share/_site.png`,
      oembed: `${SITE}/oembed/site.json`,
      embed: `${SITE}/embed/`,
    });
    for (const url of Object.values(links)) {
      const path = url!.slice(SITE.length + 1);
      expect(existsSync(join(run.outDir, path.endsWith('/') ? `${path}index.html` : path)), url).toBe(true);
    }
  });

  it('lists the year pages in the sitemap with every other public page', () => {
    const listed = sitemapPages(run.outDir, `${SITE}/`);
    expect(listed).toEqual(expect.arrayContaining(years.map((year) => `/years/${year}/`)));
    expect(listed).toEqual(publicPages(run.outDir));
  });

  it('offers every event as CSV and JSON but no table of 700 rows', () => {
    const csv = readFileSync(join(run.outDir, 'events.csv'), 'utf8');
    expect(parse<Record<string, string>>(csv, { bom: true, columns: true })).toHaveLength(file.events.length);
    const json = JSON.parse(readFileSync(join(run.outDir, 'events.json'), 'utf8')) as { events: unknown[] };
    expect(json.events).toHaveLength(file.events.length);
    const $ = loadPage(run.outDir, '/');
    expect($('#data a[href="/events.csv"]')).toHaveLength(1);
    expect($('#data table')).toHaveLength(0);
  });
});

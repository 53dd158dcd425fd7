// The real story, built: what the corrections added reaches the pages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/core/validate-dataset.ts';
import { validateEventFile } from '../../src/build/events-file.ts';
import { buildSite, loadPage, projectRoot, type BuildRun } from './build-helpers.ts';
import { readQrSvg } from '../support/read-qr.ts';
import { sortEvents } from '../../src/core/summarize-dataset.ts';

const data = validateEventFile(`${projectRoot}data/events.json`);
if (!data.ok) throw new Error(data.problems.join('\n'));
const { events } = data.data;
let run: BuildRun;

beforeAll(() => {
  run = buildSite('data/events.json', 'story');
  if (run.status !== 0) throw new Error(run.stderr);
});

describe('the story site', () => {
  it("shows every event's responses on its page, each naming the source that carries it", () => {
    const withResponses = events.filter((e) => e.responses?.length);
    expect(withResponses.length).toBeGreaterThan(10);
    for (const event of withResponses) {
      const $ = loadPage(run.outDir, `/events/${event.id}/`);
      const shown = $('.event-response');
      expect(shown.length, event.id).toBe(event.responses!.length);
      event.responses!.forEach((response, i) => {
        const text = shown.eq(i).text().replace(/\s+/g, ' ');
        expect(text, event.id).toContain(response.by);
        expect(text, event.id).toContain(`reported by ${event.sources[response.source]!.publisher}`);
      });
    }
  });

  it('quotes headlines and leaves descriptions unquoted', () => {
    for (const event of events) {
      const $ = loadPage(run.outDir, `/events/${event.id}/`);
      const items = $('.source-list li');
      event.sources.forEach((source, i) => {
        const text = items.eq(i).text();
        if (source.title) expect(text, event.id).toContain(`“${source.title}”`);
        else expect(text, event.id).not.toContain('“');
      });
    }
  });
});

// Text as a reader sees it: runs of whitespace collapse, as HTML renders them.
const visible = (text: string) => text.replace(/\s+/g, ' ').trim();

describe("the story's overview", () => {
  it("names every tenure's leader on the chart, with their role and dates for hover, focus and the table", () => {
    const $ = loadPage(run.outDir, '/');
    const tenures = events.filter((e) => e.type === 'appointment' && e.end);
    expect(tenures.length).toBeGreaterThanOrEqual(5);
    for (const event of tenures) {
      const leader = event.people![0]!;
      const mark = $(`.overview-tenures [data-event-id="${event.id}"]`);
      expect(visible(mark.find('.ov-name').text()), event.id).toBe(leader.name);
      expect(visible(mark.find('.ov-tip').text()), event.id).toContain(leader.role!);
      const table = $('.overview-table table').filter(
        (_, el) => $(el).find('caption').text() === 'Who led the service',
      );
      const row = table.find('tr').filter((_, tr) => $(tr).find(`a[href$="/events/${event.id}/"]`).length > 0);
      const cells = row
        .find('td')
        .map((_, td) => visible($(td).text()))
        .get();
      expect(cells.slice(0, 2), event.id).toEqual([leader.name, leader.role]);
    }
  });

  it("writes the rating band in the inspectorate's words, and has a legend of every level in use, by text and pattern", () => {
    const $ = loadPage(run.outDir, '/');
    const words = $('.overview-ratings .ov-word')
      .map((_, el) => visible($(el).text()))
      .get();
    expect(words).toEqual(expect.arrayContaining(['Zero stars', 'Inadequate', 'Requires improvement']));
    const levels = [...new Set(events.flatMap((e) => (e.rating ? [e.rating.level] : [])))];
    expect(levels.length).toBeGreaterThanOrEqual(4);
    const legend = $('.ov-levels li');
    expect(legend).toHaveLength(levels.length);
    const names = { failing: 'Failing', weak: 'Weak', adequate: 'Adequate', good: 'Good', outstanding: 'Outstanding' };
    for (const level of levels) {
      const item = legend.filter((_, li) => $(li).find(`.ov-swatch.rating--${level}`).length === 1);
      expect(visible(item.text()), level).toBe(names[level]);
    }
  });

  it('draws every key moment as a callout with its short label, linked to its event, and shades the focus span', () => {
    const $ = loadPage(run.outDir, '/');
    const highlights = events.filter((e) => e.highlight);
    expect($('.ov-callouts > li')).toHaveLength(highlights.length);
    for (const event of highlights) {
      const link = $(`.ov-callouts a[data-event-id="${event.id}"]`);
      expect(visible(link.find('.ov-callout-label').text()), event.id).toBe(event.label);
      expect(link.attr('href')).toBe(`/events/${event.id}/`);
      // Laid out at every width: nothing hidden for want of room.
      expect(link.parent().attr('class'), event.id).not.toMatch(/ov-hide/);
    }
    expect(visible($('.ov-focus').text())).toContain(data.data.focus!.label!);
    expect($('.ov-shade')).toHaveLength(1);
  });

  it('offers every event as CSV and JSON, and as a table of every event on /', () => {
    const csv = readFileSync(join(run.outDir, 'events.csv'), 'utf8');
    const rows = parse<Record<string, string>>(csv, { bom: true, columns: true });
    expect(rows.map((r) => r.id).sort()).toEqual(events.map((e) => e.id).sort());
    for (const row of rows) expect(row.url).toMatch(new RegExp(`/events/${row.id}/$`));
    const json = JSON.parse(readFileSync(join(run.outDir, 'events.json'), 'utf8')) as unknown;
    const again = validateDataset(json);
    expect(again.ok ? again.data.events.map((e) => e.id).sort() : again.problems).toEqual(
      events.map((e) => e.id).sort(),
    );
    const $ = loadPage(run.outDir, '/');
    expect($('a[href="#data"]').first().text()).toBe('Get the data');
    expect($('#data a[href="/events.csv"]')).toHaveLength(1);
    expect($('#data a[href="/events.json"]')).toHaveLength(1);
    expect($('#data tbody tr')).toHaveLength(events.length);
    expect($('#data th[aria-sort="ascending"]').attr('data-column')).toBe('date');
  });
});

describe("the story's handout", () => {
  const classroom = JSON.parse(readFileSync(join(projectRoot, 'data/classroom.json'), 'utf8')) as {
    contentNote: string;
    support: string[];
    handout: { intro: string; summaries: Record<string, string> };
  };
  const keyMoments = sortEvents(events).filter((e) => e.highlight);

  it("opens with the classroom file's introduction and content note, with every help line", () => {
    const $ = loadPage(run.outDir, '/handout/');
    expect(visible($('.handout-intro').text())).toBe(classroom.handout.intro);
    const note = visible($('.handout-note').text());
    expect(note).toContain(classroom.contentNote);
    for (const line of classroom.support) expect(note).toContain(line);
  });

  it('gives every key moment its plain summary from the classroom file, and lists every event in order', () => {
    expect(keyMoments.length).toBeGreaterThanOrEqual(5);
    const $ = loadPage(run.outDir, '/handout/');
    const moments = $('.handout-moments > li');
    expect(moments.length).toBe(keyMoments.length);
    keyMoments.forEach((event, i) => {
      expect(visible(moments.eq(i).find('h3').text())).toContain(event.title);
      expect(visible(moments.eq(i).find('p').text())).toBe(classroom.handout.summaries[event.id]);
    });
    expect($('.handout').attr('data-chronology')).toBe('all');
    const titles = $('.handout-chronology .handout-title')
      .map((_, el) => visible($(el).contents().not('.visually-hidden').text()))
      .get();
    expect(titles).toEqual(sortEvents(events).map((e) => e.title));
    expect($('.handout-more').length).toBe(0);
  });

  it("has a QR code that reads back as the timeline's address, and the address written out", () => {
    const $ = loadPage(run.outDir, '/handout/');
    const svg = $.html($('svg.handout-qr').attr('xmlns', 'http://www.w3.org/2000/svg'));
    expect(readQrSvg(svg)).toBe('http://localhost:4321/');
    expect(visible($('.handout-link').text())).toContain('http://localhost:4321/');
    // Under a narrow QR code the address breaks after its "//", not inside the host name.
    expect($('.handout-url').html()).toBe('http://<wbr>localhost:4321/');
  });
});

describe("the story's printed reference", () => {
  it("cites each event's sources by number, and lists every source once with its address", () => {
    const $ = loadPage(run.outDir, '/print/');
    const listed = $('.print-sources .source-list > li');
    const urls = new Set(events.flatMap((e) => e.sources.map((s) => s.url).filter(Boolean)));
    expect(listed.length).toBeGreaterThanOrEqual(urls.size);
    for (const url of urls) expect($('.print-sources .source-url').text()).toContain(`<${url}>`);
    const sorted = sortEvents(events);
    expect($('.print-event').length).toBe(sorted.length);
    $('.print-event').each((i, li) => {
      const event = sorted[i]!;
      const refs = $(li).find('.source-refs a');
      expect(refs.length, event.id).toBe(event.sources.length);
      refs.each((j, a) => {
        const entry = $(`li${$(a).attr('href')}`);
        expect(entry.length, event.id).toBe(1);
        const source = event.sources[j]!;
        expect(visible(entry.find('.source-publisher').text()), event.id).toBe(source.publisher);
        if (source.url) expect(entry.find('.source-url').text(), event.id).toContain(source.url);
      });
    });
  });
});

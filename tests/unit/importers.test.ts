import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importTemplateCsv, TEMPLATE_COLUMNS } from '../../src/build/import/csv-template.ts';
import { importTimelineJs, isTimelineJsSheet, timelineJsSheetToJson } from '../../src/build/import/timelinejs.ts';
import { readSpreadsheetDate } from '../../src/build/import/spreadsheet-date.ts';
import { readCsv } from '../../src/build/import/csv-template.ts';
import { toTimelineJs } from '../../src/build/export-timelinejs.ts';
import { validateDataset, validateEventFileText } from '../../src/core/validate-dataset.ts';

const header = TEMPLATE_COLUMNS.join(',');
const row = (cells: Partial<Record<(typeof TEMPLATE_COLUMNS)[number], string>>) =>
  TEMPLATE_COLUMNS.map((c) => cells[c] ?? '').join(',');

describe('CSV template import', () => {
  it('copes with a byte order mark, CRLF, quoted commas, quotes and line breaks, and trailing empty rows and columns', () => {
    const csv =
      `\uFEFF${header},,\r\n` +
      `,case,17/05/2008,,"Khyra Ishaq, 7, dies","She died; her ""case"" was reviewed.\r\nSecond line.",BBC News,Headline,,2010-02-25,https://example.org/a,,,,,,"Jane Doe (Judge); John Roe",Handsworth,,yes,,child death;court,,\r\n` +
      `,,,,,,,,,,,,,,,,,,,,,,,\r\n\r\n`;
    const result = importTemplateCsv(csv);
    expect(result.skipped).toEqual([]);
    expect(result.file.events).toEqual([
      {
        id: '2008-05-17-khyra-ishaq-7-dies',
        type: 'case',
        date: '2008-05-17',
        title: 'Khyra Ishaq, 7, dies',
        summary: 'She died; her "case" was reviewed.\nSecond line.',
        sources: [{ publisher: 'BBC News', title: 'Headline', date: '2010-02-25', url: 'https://example.org/a' }],
        people: [{ name: 'Jane Doe', role: 'Judge' }, { name: 'John Roe' }],
        place: 'Handsworth',
        sensitive: true,
        tags: ['child death', 'court'],
      },
    ]);
  });

  it('keeps a headline as published in source_title and our own words in source_description', () => {
    const csv = [
      header,
      row({
        type: 'report',
        date: '2005',
        title: 'T',
        summary: 's',
        source_publisher: 'Birmingham Post',
        source_description: 'Birmingham Post report on the 2005 inspection',
        source2_publisher: 'BBC News',
        source2_title: "Social work 'not fit for purpose'",
      }),
    ].join('\n');
    const result = importTemplateCsv(csv);
    expect(result.file.events[0]?.sources).toEqual([
      { publisher: 'Birmingham Post', description: 'Birmingham Post report on the 2005 inspection' },
      { publisher: 'BBC News', title: "Social work 'not fit for purpose'" },
    ]);
  });

  it('makes unique ids from date and title when the id is empty', () => {
    const csv = [
      header,
      row({
        type: 'report',
        date: '2009',
        title: 'Same title',
        summary: 's',
        source_publisher: 'P',
        source_title: 'T',
      }),
      row({
        type: 'report',
        date: '2009',
        title: 'Same title',
        summary: 's',
        source_publisher: 'P',
        source_title: 'T',
      }),
      row({
        id: 'kept-id',
        type: 'report',
        date: '2009',
        title: 'Other',
        summary: 's',
        source_publisher: 'P',
        source_title: 'T',
      }),
    ].join('\n');
    expect(importTemplateCsv(csv).file.events.map((e) => e.id)).toEqual([
      '2009-same-title',
      '2009-same-title-2',
      'kept-id',
    ]);
  });

  it('lists rows it cannot use, and problems it found, instead of dropping them', () => {
    const csv = [
      header,
      row({ type: 'case', summary: 'no title or date' }),
      row({
        type: 'case',
        date: '31/02/2008',
        title: 'Bad date',
        summary: 's',
        sensitive: 'maybe',
        source_publisher: 'P',
        source_title: 'T',
      }),
    ].join('\n');
    const result = importTemplateCsv(csv);
    expect(result.skipped).toEqual(['row 2: no title and no date, so it cannot be an event']);
    expect(result.warnings).toEqual([
      'row 3: date: "31/02/2008" is not a real date read as day/month/year (UK order)',
      'row 3: sensitive: expected yes, no or empty, got "maybe"',
    ]);
    // The unreadable date is kept as written, so validation stops the build on it and names the row's event.
    expect(result.file.events).toEqual([expect.objectContaining({ id: '31-02-2008-bad-date', date: '31/02/2008' })]);
    expect(validateDataset(result.file)).toEqual({
      ok: false,
      problems: [expect.stringMatching(/^events\[0\]\.date: .*"31\/02\/2008" \(event "31-02-2008-bad-date"\)$/)],
    });
  });

  it('the shipped template imports cleanly and validates', () => {
    const result = importTemplateCsv(readFileSync(new URL('../../data/template.csv', import.meta.url), 'utf8'));
    expect(result.skipped).toEqual([]);
    expect(result.file.events).toHaveLength(2);
    expect(validateDataset(result.file)).toMatchObject({ ok: true });
  });
});

describe('spreadsheet dates', () => {
  it('reads ISO and UK dates, and says how an ambiguous one was read', () => {
    expect(readSpreadsheetDate('2008-05-17')).toEqual({ ok: true, value: '2008-05-17' });
    expect(readSpreadsheetDate('17/05/2008')).toEqual({ ok: true, value: '2008-05-17' });
    expect(readSpreadsheetDate('05/2008')).toEqual({ ok: true, value: '2008-05' });
    expect(readSpreadsheetDate('05/06/2008')).toEqual({
      ok: true,
      value: '2008-06-05',
      warning: '"05/06/2008" read as 5 June 2008 (UK order, day first); if you meant May 6, write 2008-05-06',
    });
    expect(readSpreadsheetDate('05/17/2008')).toEqual({
      ok: false,
      problem:
        '"05/17/2008" is not a real date read as day/month/year (UK order); if you meant May 17, 2008 (US order), write 2008-05-17',
    });
    expect(readSpreadsheetDate('last spring')).toMatchObject({ ok: false });
  });
});

const tl = {
  title: { text: { headline: 'A <em>decade</em> of failure', text: '<p>Intro &amp; context.</p>' } },
  eras: [{ start_date: { year: 2002 }, end_date: { year: 2014 }, text: { headline: 'The failing years' } }],
  events: [
    {
      start_date: { year: '2008', month: '5', day: '17' },
      text: { headline: 'Khyra Ishaq dies &mdash; aged 7', text: '<p>Short &quot;text&quot; &amp; more.</p>' },
      group: 'Deaths',
      unique_id: 'khyra',
    },
    {
      start_date: { year: 2009, month: 10 },
      end_date: { year: 2010 },
      text: {
        headline: 'Long one',
        text: `<p>${'A sentence about the report. '.repeat(30)}</p><p>See <a href="https://example.org/r">the report</a>.</p>`,
      },
      group: 'Reports',
      media: { url: 'https://example.org/img.jpg', caption: 'Caption', credit: 'Credit' },
      display_date: 'Autumn 2009',
    },
    { start_date: { year: -50 }, text: { headline: 'Caesar' }, group: 'Reports' },
  ],
};

describe('TimelineJS import', () => {
  it('refuses unmapped groups and lists every group found', () => {
    expect(() => importTimelineJs(tl)).toThrowErrorMatchingInlineSnapshot(
      `[Error: Every TimelineJS group needs one of our types (report, inspection, appointment, case). Groups found: "Deaths", "Reports". Unmapped: "Deaths", "Reports". Use --type-map "Group A=report,Group B=case" or --type inspection.]`,
    );
  });

  it('converts HTML to text, keeps links, media and display dates, and reports unsupported dates', () => {
    const result = importTimelineJs(tl, {
      typeMap: 'Deaths=case,Reports=report',
      source: 'Example News|The archive|https://example.org/archive',
    });
    const [khyra, long] = result.file.events;
    expect(khyra).toMatchObject({
      id: 'khyra',
      type: 'case',
      date: '2008-05-17',
      title: 'Khyra Ishaq dies — aged 7',
      summary: 'Short "text" & more.',
    });
    expect(long!.summary).toMatch(/^A sentence about the report\./);
    expect(String(long!.summary).length).toBeLessThanOrEqual(500);
    expect(long!.body).toContain('[the report](https://example.org/r)');
    expect(long!.body).toContain('Media: https://example.org/img.jpg (Caption; Credit)');
    expect(long!.note).toBe('TimelineJS showed the date as "Autumn 2009".');
    expect(long).toMatchObject({ date: '2009-10', end: '2010' });
    expect(result.skipped).toEqual([
      'events[2] ("Caesar"): start_date: year -50 is before 1000 or BCE, which this timeline does not support',
    ]);
    expect(result.warnings).toContain(
      "--source was applied to 2 events (TimelineJS has no sources): replace it with each event's own source",
    );
    expect(result.file.title).toBe('A decade of failure');
    expect(result.file.description).toBe('Intro & context. Eras: The failing years (2002–2014).');
    expect(validateDataset(result.file)).toMatchObject({ ok: true });
  });

  it('without --source, the missing sources are reported by validation', () => {
    const result = importTimelineJs(tl, { type: 'report' });
    const validation = validateEventFileText(JSON.stringify(result.file), 'out.json');
    expect(validation.ok ? [] : validation.problems).toContain(
      'out.json: events[0].sources: needs at least one source (event "khyra")',
    );
  });

  it('reads TimelineJS spreadsheet CSV by its header', () => {
    const csv =
      'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n' +
      ',,,,,,,,,My timeline,<p>About it</p>,,,,,title,,\n' +
      '2008,5,17,,,,,,,Khyra Ishaq dies,<p>Text</p>,,,,,,case,\n';
    expect(isTimelineJsSheet(readCsv(csv).header)).toBe(true);
    const result = importTimelineJs(timelineJsSheetToJson(csv), { source: 'P|H' });
    expect(result.file.title).toBe('My timeline');
    expect(result.file.events).toEqual([
      expect.objectContaining({ type: 'case', date: '2008-05-17', title: 'Khyra Ishaq dies', summary: 'Text' }),
    ]);
  });
});

describe('round trip', () => {
  it('events → TimelineJS → events keeps ids, dates, types, titles and summaries', () => {
    const data = JSON.parse(readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8')) as {
      events: Record<string, unknown>[];
    };
    const parsed = validateDataset(data);
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    const back = importTimelineJs(toTimelineJs(parsed.data), {}).file.events;
    const pick = (e: Record<string, unknown>) => ({
      id: e.id,
      type: e.type,
      date: e.date,
      end: e.end,
      title: e.title,
      summary: e.summary,
    });
    expect(back.map(pick)).toEqual(data.events.map(pick));
  });
});

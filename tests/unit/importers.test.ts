import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importTemplateCsv, TEMPLATE_COLUMNS } from '../../src/build/import/csv-template.ts';
import { importTimelineJs, isTimelineJsSheet, timelineJsSheetToJson } from '../../src/build/import/timelinejs.ts';
import { readSpreadsheetDate } from '../../src/build/import/spreadsheet-date.ts';
import { readCsv } from '../../src/build/import/csv-template.ts';
import { toTimelineJs } from '../../src/build/export-timelinejs.ts';
import { validateDataset, validateEventFileText } from '../../src/core/validate-dataset.ts';

const fixture = readFileSync(new URL('../fixtures/valid.json', import.meta.url), 'utf8');
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

  it('converts HTML to text, keeps links, media and display dates, and reads years before year 1', () => {
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
    expect(result.warnings).toContain(
      'events[1] ("Long one"): download https://example.org/img.jpg into media/ (with the right to use it) and add it to "media" with alt text and the credit "Credit"; kept in the body until then',
    );
    expect(long!.note).toBe('TimelineJS showed the date as "Autumn 2009".');
    expect(long).toMatchObject({ date: '2009-10', end: '2010' });
    // TimelineJS shows -50 as "50 BCE": astronomical -0049.
    expect(result.file.events[2]).toMatchObject({ title: 'Caesar', date: '-0049' });
    expect(result.file.ancientDates).toBe(true);
    expect(result.skipped).toEqual([]);
    expect(result.warnings).toContain(
      "--source was applied to 3 events (TimelineJS has no sources): replace it with each event's own source",
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

describe('TimelineJS media, dates before year 1 and display dates', () => {
  const file = {
    events: [
      {
        start_date: { year: -490, display_date: 'c. 490 BC' },
        text: { headline: 'Marathon' },
        group: 'Reports',
        media: {
          url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
          caption: 'A <b>lecture</b> on the battle',
          credit: 'Example Museum',
        },
      },
      {
        start_date: { year: 79, month: 8, day: 24 },
        text: { headline: 'Vesuvius' },
        group: 'Reports',
        media: { url: 'https://example.org/pompeii.jpg', credit: 'Example Archive' },
      },
      {
        start_date: { year: 1850 },
        display_date: 'Summer that year',
        text: { headline: 'A clip without credit' },
        group: 'Reports',
        media: { url: 'https://vimeo.com/123456789' },
      },
      { start_date: { year: 0 }, text: { headline: 'Year nought' }, group: 'Reports' },
    ],
  };
  const result = importTimelineJs(file, { type: 'report', source: 'Example|The archive' });

  it('reads negative years as TimelineJS showed them (-490 is 490 BC, astronomical -0489) and marks the file ancient', () => {
    const [marathon, vesuvius] = result.file.events;
    expect(marathon).toMatchObject({ date: '-0489', circa: true });
    expect(marathon!.note).toBeUndefined();
    expect(vesuvius).toMatchObject({ date: '0079-08-24' });
    expect(result.file.ancientDates).toBe(true);
    expect(result.skipped).toEqual([
      'events[3] ("Year nought"): start_date: year 0: TimelineJS shows it as "0", which is no year in BC/AD counting; give the year you meant (1 for AD 1, -1 for 1 BC)',
    ]);
    expect(result.warnings).toContain(
      '2 events are dated before the year 1000, so the file sets "ancientDates": true; TimelineJS\'s year -490 (shown as 490 BCE) is written -0489, astronomical numbering where 0000 is 1 BC',
    );
    expect(result.file.events[2]!.note).toBe('TimelineJS showed the date as "Summer that year".');
    expect(validateDataset(result.file)).toMatchObject({ ok: true });
  });

  it('makes a credited player into media, and lists remote pictures and uncredited media for the editor', () => {
    const [marathon, vesuvius, clip] = result.file.events;
    expect(marathon!.media).toEqual([
      {
        src: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
        alt: 'A lecture on the battle',
        caption: 'A lecture on the battle',
        credit: 'Example Museum',
      },
    ]);
    expect(vesuvius!.media).toBeUndefined();
    expect(vesuvius!.body).toBe('Media: https://example.org/pompeii.jpg (Example Archive)');
    expect(clip!.media).toBeUndefined();
    expect(result.warnings).toEqual(
      expect.arrayContaining([
        'events[1] ("Vesuvius"): download https://example.org/pompeii.jpg into media/ (with the right to use it) and add it to "media" with alt text and the credit "Example Archive"; kept in the body until then',
        'events[2] ("A clip without credit"): media https://vimeo.com/123456789 has no credit: kept in the body; add it to "media" with its credit',
      ]),
    );
  });

  it('exports them back: BC years as TimelineJS counts them, circa as the display date, media with credit', () => {
    const parsed = validateDataset(result.file);
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    const notes: string[] = [];
    const tl = toTimelineJs(parsed.data, { site: 'https://news.example.org/history/', notes });
    const marathon = tl.events.find((e) => e.text.headline === 'Marathon')!;
    expect(marathon.start_date).toEqual({ year: -490 });
    expect(marathon.display_date).toBe('c. 490 BC');
    expect(marathon.media).toEqual({
      url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      credit: 'Example Museum',
      caption: 'A lecture on the battle',
      alt: 'A lecture on the battle',
    });
    expect(tl.events.find((e) => e.text.headline === 'Vesuvius')!.start_date).toEqual({ year: 79, month: 8, day: 24 });
    // And in again: the same dates, circa and media.
    const again = importTimelineJs(tl, { type: 'report', source: 'Example|The archive' }).file.events;
    expect(again.map((e) => [e.date, e.circa, e.media])).toEqual(
      result.file.events.map((e) => [e.date, e.circa, e.media]),
    );
    expect(notes).toEqual([]);
  });

  it('exports a file in the folder at the address the site publishes it, and says when a picture cannot go', () => {
    const parsed = validateDataset(JSON.parse(fixture) as unknown);
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    const event = parsed.data.events[0]!;
    const withMedia = {
      ...parsed.data,
      events: [
        {
          ...event,
          media: [
            { src: 'media/report.pdf', alt: 'The cover', credit: 'Ofsted' },
            { src: 'media/photo.jpg', alt: 'A photo', credit: 'Example' },
          ],
        },
        { ...parsed.data.events[1]!, media: [{ src: 'media/photo.jpg', alt: 'A photo', credit: 'Example' }] },
      ],
    };
    const notes: string[] = [];
    const tl = toTimelineJs(withMedia, { site: 'https://news.example.org/history/', notes });
    expect(tl.events[0]!.media).toEqual({
      url: 'https://news.example.org/history/files/media/report.pdf',
      credit: 'Ofsted',
      alt: 'The cover',
    });
    expect(tl.events[1]!.media).toBeUndefined();
    expect(notes).toEqual([
      `${event.id}: TimelineJS shows one media item per slide; only the first (media/report.pdf) is exported`,
      `${parsed.data.events[1]!.id}: media/photo.jpg is not exported: TimelineJS shows media from a web address; publish the file and add its address`,
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

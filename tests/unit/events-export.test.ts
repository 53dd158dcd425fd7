// "Get the data": the CSV a spreadsheet opens safely and the JSON that is itself a valid event file.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/core/csv.ts';
import { CSV_COLUMNS, eventsCsv, eventsJson } from '../../src/core/events-export.ts';
import { sortEvents } from '../../src/core/summarize-dataset.ts';
import { validateDataset, validateEventFileText } from '../../src/core/validate-dataset.ts';

const result = validateEventFileText(readFileSync(new URL('../fixtures/valid.json', import.meta.url), 'utf8'), 'f');
if (!result.ok) throw new Error(result.problems.join('\n'));
const events = sortEvents(result.data.events);

describe('CSV cells', () => {
  it('put an apostrophe before anything a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}SUM(A1)`)).toMatch(/^"?'/);
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('A = B')).toBe('A = B');
    // Numbers are data, not text that could be a formula.
    expect(csvCell(-3)).toBe('-3');
  });
  it('quote commas, quotes and line breaks, and leave the rest alone', () => {
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "no"')).toBe('"say ""no"""');
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell('Böre – ’quoted’')).toBe('Böre – ’quoted’');
  });
  it('make a file with a byte order mark and CRLF line ends', () => {
    expect(toCsv(['a', 'b'], [['1', '2']])).toBe('\uFEFFa,b\r\n1,2\r\n');
  });
});

describe('the downloads', () => {
  it('CSV: one row per event with the page link, read back by a CSV parser', () => {
    const csv = eventsCsv(events, (e) => `https://example.org/events/${e.id}/`);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parse<Record<string, string>>(csv, { bom: true, columns: true });
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    expect(rows.map((r) => r.id)).toEqual(events.map((e) => e.id));
    const later = rows.find((r) => r.id === 'later-case')!;
    expect(later).toMatchObject({
      date: '2010-03-12',
      type: 'case',
      title: 'A later case with 1 < 2 && "quotes" & <3',
      sensitive: 'yes',
      highlight: 'yes',
      source_count: '2',
      url: 'https://example.org/events/later-case/',
    });
    expect(rows.find((r) => r.id === 'month-appointment')).toMatchObject({
      end: '2011-01',
      people: 'B. Leader (Director & chief)',
    });
  });

  it('JSON: the event file, in time order, dates as written, valid against the schema', () => {
    const json = JSON.parse(eventsJson(result.data, events)) as { events: { id: string; date: string }[] };
    expect(json.events.map((e) => e.id)).toEqual(events.map((e) => e.id));
    expect(json.events[0]!.date).toBe('2008');
    expect(json).not.toHaveProperty('$schema');
    expect(json).toMatchObject({ focus: { from: '2008-05', to: '2010' } });
    const again = validateDataset(json);
    expect(again.ok ? [] : again.problems).toEqual([]);
  });
});

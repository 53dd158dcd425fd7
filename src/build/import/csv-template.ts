import { parse } from 'csv-parse/sync';
import type { ImportResult } from './import-result.ts';
import { slugify, uniqueIds } from './slug.ts';
import { readSpreadsheetDate } from './spreadsheet-date.ts';

/** The columns of data/template.csv, in order. */
export const TEMPLATE_COLUMNS = [
  'id',
  'type',
  'date',
  'end',
  'title',
  'summary',
  'source_publisher',
  'source_title',
  'source_description',
  'source_date',
  'source_url',
  'source2_publisher',
  'source2_title',
  'source2_description',
  'source2_date',
  'source2_url',
  'people',
  'place',
  'note',
  'sensitive',
  'related',
  'tags',
] as const;

type Row = Record<string, string>;

/** Parses spreadsheet CSV: byte order mark, CRLF, quoted cells with commas, quotes and line breaks, trailing empty rows and columns. */
export function readCsv(text: string): { header: string[]; rows: { line: number; cells: Row }[] } {
  const records = parse(text, {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: false,
    info: true,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  const [first, ...rest] = records;
  const header = (first?.record ?? []).map((h) => h.trim());
  const rows = rest
    .map(({ record, info }) => ({
      line: info.lines,
      cells: Object.fromEntries(
        header
          .map((h, i): [string, string] => [h, (record[i] ?? '').replace(/\r\n?/g, '\n').trim()])
          .filter(([h]) => h),
      ),
    }))
    .filter((row) => Object.values(row.cells).some((v) => v !== ''));
  return { header, rows };
}

export function isTemplateCsv(header: string[]): boolean {
  return ['type', 'date', 'title'].every((column) => header.includes(column));
}

function list(cell: string | undefined): string[] {
  return (cell ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

function people(cell: string | undefined) {
  return list(cell).map((entry) => {
    const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(entry);
    return m ? { name: m[1]!.trim(), role: m[2]!.trim() } : { name: entry };
  });
}

/** Turns rows of our CSV template into events. Every row becomes an event or is listed in `skipped` with its reason. */
export function importTemplateCsv(text: string, options: { title?: string } = {}): ImportResult {
  const { header, rows } = readCsv(text);
  const skipped: string[] = [];
  const warnings: string[] = [];
  const unknown = header.filter((h) => h && !(TEMPLATE_COLUMNS as readonly string[]).includes(h));
  if (unknown.length) warnings.push(`columns not in the template were ignored: ${unknown.join(', ')}`);
  const nextId = uniqueIds(rows.map((r) => r.cells.id ?? '').filter(Boolean));
  const events: Record<string, unknown>[] = [];
  for (const { line, cells } of rows) {
    const where = `row ${line}${cells.id ? ` (id "${cells.id}")` : ''}`;
    if (!cells.title && !cells.date) {
      skipped.push(`${where}: no title and no date, so it cannot be an event`);
      continue;
    }
    const event: Record<string, unknown> = {};
    const problems: string[] = [];
    for (const key of ['date', 'end'] as const) {
      if (!cells[key]) continue;
      const reading = readSpreadsheetDate(cells[key]);
      if (reading.ok) {
        event[key] = reading.value;
        if (reading.warning) warnings.push(`${where}: ${key}: ${reading.warning}`);
      } else {
        problems.push(`${key}: ${reading.problem}`);
        event[key] = cells[key];
      }
    }
    // The id is made from the date as read (2008-05-17), not as typed (17/05/2008).
    const readDate = typeof event.date === 'string' ? event.date : '';
    event.id = cells.id || nextId(slugify(`${readDate} ${cells.title ?? ''}`));
    event.type = cells.type?.toLowerCase();
    event.title = cells.title;
    event.summary = cells.summary;
    const sources = [
      ['source_publisher', 'source_title', 'source_description', 'source_date', 'source_url'],
      ['source2_publisher', 'source2_title', 'source2_description', 'source2_date', 'source2_url'],
    ]
      .map(([publisher, title, description, date, url]) => {
        if (!cells[publisher!] && !cells[title!] && !cells[description!] && !cells[url!]) return undefined;
        // A headline as published goes in the title column; our own words for an item whose headline is not known, in description.
        const source: Record<string, string> = { publisher: cells[publisher!] ?? '' };
        if (cells[title!]) source.title = cells[title!]!;
        if (cells[description!]) source.description = cells[description!]!;
        if (cells[date!]) {
          const reading = readSpreadsheetDate(cells[date!]!);
          source.date = reading.ok ? reading.value : cells[date!]!;
          if (!reading.ok) problems.push(`${date}: ${reading.problem}`);
        }
        if (cells[url!]) source.url = cells[url!]!;
        return source;
      })
      .filter(Boolean);
    event.sources = sources;
    if (cells.people) event.people = people(cells.people);
    if (cells.place) event.place = cells.place;
    if (cells.note) event.note = cells.note;
    const sensitive = (cells.sensitive ?? '').toLowerCase();
    if (sensitive === 'yes') event.sensitive = true;
    else if (sensitive && sensitive !== 'no')
      problems.push(`sensitive: expected yes, no or empty, got "${cells.sensitive}"`);
    if (cells.related) event.related = list(cells.related);
    if (cells.tags) event.tags = list(cells.tags);
    for (const problem of problems) warnings.push(`${where}: ${problem}`);
    const { id, type, date, end, title, summary, ...rest } = event;
    const ordered = { id, type, date, end, title, summary, ...rest };
    events.push(Object.fromEntries(Object.entries(ordered).filter(([, v]) => v !== undefined && v !== '')));
  }
  return {
    file: { $schema: './events.schema.json', title: options.title ?? 'Imported timeline', language: 'en-GB', events },
    skipped,
    warnings,
  };
}

// `npm run import` as a newsroom runs it: exit codes, messages, and the event file it writes.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, fixtures, freshFolder, ids, lines, readJson } from './cli-helpers.ts';

let out: string;
beforeAll(() => {
  out = freshFolder('cli-import');
});

describe('npm run import', () => {
  it('turns our CSV template into an event file at --out that validates, saying how it read an ambiguous date', () => {
    const target = join(out, 'from-template.json');
    const run = cli('import.ts', [`${fixtures}/import-template.csv`, '--title', 'Imported', '--out', target]);
    expect(run).toEqual({
      code: 0,
      stdout: '',
      stderr: [
        'tests/fixtures/import-template.csv: check: row 3: date: "12/03/2010" read as 12 March 2010 (UK order, day first); if you meant December 3, write 2010-12-03',
        'tests/fixtures/import-template.csv: 2 events imported, 0 not imported; the result is valid.',
        '',
      ].join('\n'),
    });
    const file = readJson(target);
    expect(file.title).toBe('Imported');
    expect(ids(file)).toEqual(['may-inspection', '2010-03-12-a-case-written-with-a-comma']);
    const check = cli('validate.ts', [target]);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain(': valid. 2 events');
  });

  it('writes the event file to standard output without --out, and its messages to standard error only', () => {
    const run = cli('import.ts', [`${fixtures}/import-template.csv`]);
    expect(run.code).toBe(0);
    expect(ids(JSON.parse(run.stdout) as Record<string, unknown>)).toHaveLength(2);
    expect(lines(run.stderr).at(-1)).toBe(
      'tests/fixtures/import-template.csv: 2 events imported, 0 not imported; the result is valid.',
    );
  });

  it('fails on rows it cannot use and on problems validation finds, listing each on its own line', () => {
    const run = cli('import.ts', [`${fixtures}/import-problems.csv`]);
    expect(run.code).toBe(1);
    expect(lines(run.stderr)).toEqual([
      'tests/fixtures/import-problems.csv: not imported: row 2: no title and no date, so it cannot be an event',
      'tests/fixtures/import-problems.csv: check: row 3: date: "31/02/2008" is not a real date read as day/month/year (UK order)',
      '(output): events[0].date: expected YYYY, YYYY-MM or YYYY-MM-DD, got "31/02/2008" (event "31-02-2008-bad-date")',
      'tests/fixtures/import-problems.csv: 1 event imported, 1 not imported; 1 problem to fix before it builds.',
    ]);
  });

  it('maps TimelineJS groups to our types with --type-map and applies --source, saying so', () => {
    const target = join(out, 'from-timelinejs.json');
    const run = cli('import.ts', [
      `${fixtures}/import-timelinejs.json`,
      '--type-map',
      'Inspections=inspection,Deaths=case',
      '--source',
      'Example News|Our archive|https://example.org/archive',
      '--out',
      target,
    ]);
    expect(run).toEqual({
      code: 0,
      stdout: '',
      stderr: [
        "tests/fixtures/import-timelinejs.json: check: --source was applied to 2 events (TimelineJS has no sources): replace it with each event's own source",
        'tests/fixtures/import-timelinejs.json: 2 events imported, 0 not imported; the result is valid.',
        '',
      ].join('\n'),
    });
    const file = readJson(target);
    expect(file.title).toBe('An old TimelineJS story');
    expect(file.events).toEqual([
      expect.objectContaining({ id: 'inspection-2008', type: 'inspection', date: '2008-05-17' }),
      expect.objectContaining({ type: 'case', date: '2010-03', title: 'A child dies' }),
    ]);
  });

  it('stops without writing anything when TimelineJS groups are unmapped or the file is not one it knows', () => {
    const target = join(out, 'refused.json');
    expect(cli('import.ts', [`${fixtures}/import-timelinejs.json`, '--out', target])).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'tests/fixtures/import-timelinejs.json: Every TimelineJS group needs one of our types (report, inspection, appointment, case). Groups found: "Inspections", "Deaths". Unmapped: "Inspections", "Deaths". Use --type-map "Group A=report,Group B=case" or --type inspection.\n',
    });
    expect(cli('import.ts', [`${fixtures}/import-unknown.csv`, '--out', target])).toEqual({
      code: 1,
      stdout: '',
      stderr:
        "tests/fixtures/import-unknown.csv: not a recognised file. Expected our CSV template (columns id, type, date, title…: see data/template.csv), TimelineJS's spreadsheet CSV (Year, Headline, Text…) or TimelineJS JSON. Header found: name, when, what\n",
    });
    expect(existsSync(target)).toBe(false);
  });

  it('shows its usage and exits 2 without a file', () => {
    const run = cli('import.ts', []);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^Usage: npm run import -- <file\.csv\|file\.json> \[--out /);
  });
});

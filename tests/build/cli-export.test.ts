// `npm run export` as a newsroom runs it: exit codes, messages, and the TimelineJS file it writes.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from './build-helpers.ts';
import { cli, fixtures, freshFolder, ids, readJson } from './cli-helpers.ts';

let out: string;
beforeAll(() => {
  out = freshFolder('cli-export');
});

describe('npm run export', () => {
  it('writes the event file (EVENTS_FILE) as TimelineJS to --out, which imports back with the same events', () => {
    const target = join(out, 'exported.json');
    const env = { EVENTS_FILE: `${fixtures}/valid.json` };
    expect(cli('export.ts', ['--format', 'timelinejs', '--out', target], env)).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
    const exported = readJson(target);
    const fixture = readJson(join(projectRoot, fixtures, 'valid.json'));
    expect((exported.events as { unique_id: string }[]).map((e) => e.unique_id)).toEqual(ids(fixture));

    const back = join(out, 'round-trip.json');
    const run = cli('import.ts', [target, '--source', 'Example News|Archive', '--out', back]);
    expect(run.code).toBe(0);
    const pick = (e: Record<string, unknown>) => [e.id, e.type, e.date, e.end];
    const events = (file: Record<string, unknown>) => (file.events as Record<string, unknown>[]).map(pick);
    expect(events(readJson(back))).toEqual(events(fixture));
  });

  it('writes to standard output without --out', () => {
    const run = cli('export.ts', [], { EVENTS_FILE: `${fixtures}/valid.json` });
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { events: unknown[] }).events).toHaveLength(4);
  });

  it('refuses an unknown format and an invalid event file, writing nothing', () => {
    const target = join(out, 'not-exported.json');
    expect(cli('export.ts', ['--format', 'csv', '--out', target], { EVENTS_FILE: `${fixtures}/valid.json` })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'Unknown --format "csv": the only format is timelinejs.\n',
    });
    expect(cli('export.ts', ['--out', target], { EVENTS_FILE: `${fixtures}/invalid.json` })).toEqual({
      code: 1,
      stdout: '',
      stderr: [
        'The event file is not valid (2 problems):',
        'tests/fixtures/invalid.json: events[0].date: expected YYYY, YYYY-MM or YYYY-MM-DD, got "2008-13-01" (event "bad-date")',
        'tests/fixtures/invalid.json: events[1].tilte: unknown field; did you mean "title"? (event "typo")',
        '',
      ].join('\n'),
    });
    expect(existsSync(target)).toBe(false);
  });
});

// `npm run validate` as a newsroom runs it: exit codes and one line per problem.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from './build-helpers.ts';
import { cli, fixtures, freshFolder, readJson } from './cli-helpers.ts';

let out: string;
beforeAll(() => {
  out = freshFolder('cli-validate');
});

describe('npm run validate', () => {
  it('passes a valid file with one line on standard output: counts per type and the years', () => {
    expect(cli('validate.ts', [`${fixtures}/valid.json`])).toEqual({
      code: 0,
      stdout:
        'tests/fixtures/valid.json: valid. 4 events (1 report, 1 inspection, 1 appointment, 1 case), 2008–2011.\n',
      stderr: '',
    });
  });

  it('fails an invalid file with one line per problem, naming the file, the field and the event, then the count', () => {
    expect(cli('validate.ts', [`${fixtures}/invalid.json`])).toEqual({
      code: 1,
      stdout: '',
      stderr: [
        'tests/fixtures/invalid.json: events[0].date: expected YYYY, YYYY-MM or YYYY-MM-DD, got "2008-13-01" (event "bad-date")',
        'tests/fixtures/invalid.json: events[1].tilte: unknown field; did you mean "title"? (event "typo")',
        '2 problems found',
        '',
      ].join('\n'),
    });
  });

  it('gives the line and column of broken JSON, and names a missing file', () => {
    expect(cli('validate.ts', [`${fixtures}/malformed.json`])).toMatchObject({
      code: 1,
      stderr: 'tests/fixtures/malformed.json:4:17: expected "," (is a comma missing?)\n1 problem found\n',
    });
    expect(cli('validate.ts', [`${fixtures}/no-such-file.json`])).toMatchObject({
      code: 1,
      stderr: 'tests/fixtures/no-such-file.json: file not found\n1 problem found\n',
    });
  });

  it('checks the story and its classroom file when no file is named', () => {
    const run = cli('validate.ts', []);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^data\/events\.json: valid\. \d+ events \(\d+ report, \d+ inspection, \d+ appointment, \d+ case\), \d{4}–\d{4}\.\n$/,
    );
    // The story's own classroom file, with a discussion question pointing at an event that does not exist.
    const classroom = readJson(join(projectRoot, 'data/classroom.json')) as { questions: { events: string[] }[] };
    classroom.questions[0]!.events[0] = 'no-such-event';
    writeFileSync(join(out, 'classroom.json'), JSON.stringify(classroom));
    expect(cli('validate.ts', [], { CLASSROOM_FILE: 'tests/.tmp/cli-validate/classroom.json' })).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'tests/.tmp/cli-validate/classroom.json: questions[0].events[0]: no event has the id "no-such-event"\n1 problem found\n',
    });
  });
});

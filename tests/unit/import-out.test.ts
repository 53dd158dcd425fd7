import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'import-out-'));
const template = join(root, 'data/template.csv');
// One good row and one with an unknown type, which the import cannot use.
const header = readFileSync(template, 'utf8').split('\n')[0]!;
const bad = join(scratch, 'bad.csv');
writeFileSync(
  bad,
  `${header}\nok-row,report,2009-10-05,,A title,A summary.,BBC News,A headline,,,https://example.org/a,,,,,,,,,,,\nbad-row,bogus,2009-10-05,,Another title,A summary.,BBC News,A headline,,,https://example.org/b,,,,,,,,,,,\n`,
);
const live = '{ "title": "The live story", "events": [] }\n';

function importTo(input: string, out: string, ...flags: string[]) {
  return spawnSync(process.execPath, [join(root, 'scripts/import.ts'), input, '--out', out, ...flags], {
    cwd: root,
    encoding: 'utf8',
  });
}

describe('import --out never loses an existing file', () => {
  it('refuses to overwrite an event file with an import that has problems, and says so in one line', () => {
    const out = join(scratch, 'live.json');
    writeFileSync(out, live);
    const run = importTo(bad, out);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('events[1].type: expected one of');
    expect(run.stderr.trim().split('\n').at(-1)).toBe(
      `${out}: already exists and was not overwritten, because the import has problems (listed above); fix them and import again, or add --force to replace it anyway.`,
    );
    expect(readFileSync(out, 'utf8')).toBe(live);
  });

  it('replaces it with --force, or when the import is clean', () => {
    const out = join(scratch, 'forced.json');
    writeFileSync(out, live);
    expect(importTo(bad, out, '--force').status).toBe(1);
    expect(readFileSync(out, 'utf8')).toContain('"id": "ok-row"');
    writeFileSync(out, live);
    const clean = importTo(template, out);
    expect(clean.status, clean.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).not.toBe(live);
  });

  it('writes a new file even when the import has problems, so they can be fixed in it', () => {
    const out = join(scratch, 'new.json');
    expect(importTo(bad, out).status).toBe(1);
    expect(readFileSync(out, 'utf8')).toContain('"id": "ok-row"');
  });

  it('names the problem when --out is a folder or cannot be written, leaving nothing behind', () => {
    const folder = join(scratch, 'a-folder');
    mkdirSync(folder);
    const run = importTo(template, folder);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n').at(-1)).toBe(
      `${folder}: is a folder; give the file to write, such as --out ${folder}/events.json`,
    );
    const missing = join(scratch, 'no-such-folder/events.json');
    const failed = importTo(template, missing);
    expect(failed.status).toBe(1);
    expect(failed.stderr.trim().split('\n').at(-1)).toBe(
      `${missing}: could not be written (ENOENT); nothing was changed.`,
    );
    expect(readdirSync(scratch).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

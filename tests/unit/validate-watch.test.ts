// `npm run validate -- --watch`: every save is checked again, errors and recovery alike.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { outputOf } from '../support/child-output.ts';

const script = new URL('../../scripts/validate.ts', import.meta.url).pathname;
const fixture = new URL('../fixtures/valid.json', import.meta.url).pathname;
let stop: (() => void) | undefined;
afterEach(() => stop?.());

it('checks the file again on every save, naming each problem, and says when it is valid again', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'watch-')), 'story.json');
  copyFileSync(fixture, file);
  const child = spawn(process.execPath, [script, file, '--watch']);
  stop = () => child.kill();
  const output = outputOf(child);
  let at = await output.waitFor(/Watching .*story\.json/);
  const valid = readFileSync(file, 'utf8');
  writeFileSync(file, valid.replace('"2008-05-17"', '"2008-13-01"'));
  at = await output.waitFor(
    /story\.json: events\[\d\]\.date: expected YYYY, YYYY-MM or YYYY-MM-DD, got "2008-13-01" \(event "may-inspection"\)/,
    10_000,
    at,
  );
  writeFileSync(file, valid);
  await output.waitFor(/story\.json: valid\. 4 events/, 10_000, at);
  expect(child.exitCode).toBeNull();
}, 40_000);

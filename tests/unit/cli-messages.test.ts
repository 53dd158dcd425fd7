import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'scripts', script), ...args], { cwd: root, encoding: 'utf8' });

describe('our scripts answer a mistake in one line', () => {
  for (const [script, args] of [
    ['import.ts', ['data/template.csv', '--ouut', 'x.json']],
    ['export.ts', ['--formt', 'timelinejs']],
    ['validate.ts', ['--wach']],
    ['build.ts', ['--locall']],
  ] as const) {
    it(`${script}: an unknown option is named, with the usage, and nothing else (exit 2)`, () => {
      const result = run(script, ...args);
      expect(result.status).toBe(2);
      const lines = result.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        new RegExp(`^Unknown option '${args.find((a) => a.startsWith('--'))}'\\. Usage: npm run `),
      );
      expect(result.stdout).toBe('');
    });
  }

  it('import: a TimelineJS file whose groups are not mapped is named in the message', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cli-')), 'groups.csv');
    writeFileSync(file, 'Year,Month,Day,Headline,Text,Group\n2001,,,A headline,Some text,Council\n');
    const result = run('import.ts', file);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(new RegExp(`^${file.replaceAll('.', '\\.')}: Every TimelineJS group needs`));
    expect(result.stderr).toContain('Unmapped: "Council"');
  });
});

// Files read strictly, end to end: the build and the import refuse what is not UTF-8, and the pages' own element ids
// are all ones an event cannot take.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, loadPage, projectRoot, type BuildRun } from './build-helpers.ts';
import { isReservedId } from '../../src/core/page-ids.ts';

const tmp = join(projectRoot, 'tests/.tmp/input-files');
mkdirSync(tmp, { recursive: true });

describe('a file that is not UTF-8', () => {
  it('stops the build with the place and the fix, and builds nothing', () => {
    const fixture = readFileSync(join(projectRoot, 'tests/fixtures/valid.json'), 'utf8');
    // The same file as a Windows spreadsheet tool would save it: "£" as the single byte 0xA3.
    const bytes = Buffer.from(fixture.replace('A report dated only by year', 'A report costing £30m'), 'latin1');
    const path = join(tmp, 'cp1252.json');
    writeFileSync(path, bytes);
    const run = buildSite(path, 'input-cp1252');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/cp1252\.json: \d+:\d+: not UTF-8 text/);
    expect(existsSync(join(run.outDir, 'index.html'))).toBe(false);
  });

  it('is imported only when its encoding is named, and then keeps its £ signs', () => {
    const csv = `id,type,date,title,summary,source_publisher,source_title\nx,report,2009,Scrutiny report costs £30m,Café meeting.,BBC News,Headline\n`;
    const path = join(tmp, 'excel.csv');
    writeFileSync(path, Buffer.from(csv, 'latin1'));
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [join(projectRoot, 'scripts/import.ts'), path, ...args], { encoding: 'utf8' });
    const plain = run();
    expect(plain.status).toBe(1);
    expect(plain.stderr).toMatch(/excel\.csv: 2:\d+: not UTF-8 text .* --encoding windows-1252/);
    const named = run('--encoding', 'windows-1252');
    const output = JSON.parse(named.stdout) as { events: { title: string; summary: string }[] };
    expect(output.events[0]).toMatchObject({ title: 'Scrutiny report costs £30m', summary: 'Café meeting.' });
  });
});

describe("the pages' own element ids", () => {
  let run: BuildRun;
  beforeAll(() => {
    run = buildSite('tests/fixtures/valid.json', 'input-ids');
    if (run.status !== 0) throw new Error(run.stderr);
  });

  it('are all names an event id cannot take, so no event can steal a link target', () => {
    const fixture = JSON.parse(readFileSync(join(projectRoot, 'tests/fixtures/valid.json'), 'utf8')) as {
      events: { id: string }[];
    };
    const eventIds = new Set(fixture.events.map((e) => e.id));
    for (const path of [
      '/',
      '/embed/',
      '/years/2008/',
      '/events/later-case/',
      '/classroom/',
      '/present/',
      '/handout/',
      '/print/',
    ].filter((p) => existsSync(join(run.outDir, p, 'index.html')))) {
      const $ = loadPage(run.outDir, path);
      const own = $('[id]')
        .map((_, el) => $(el).attr('id'))
        .get()
        .filter((id) => !eventIds.has(id));
      expect(
        own.filter((id) => !isReservedId(id)),
        path,
      ).toEqual([]);
    }
  });
});

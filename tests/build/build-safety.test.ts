import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEnv, buildInto, projectRoot } from './build-helpers.ts';

const tmp = join(projectRoot, 'tests/.tmp');
const fixture = join(projectRoot, 'tests/fixtures/valid.json');
const invalid = join(projectRoot, 'tests/fixtures/invalid.json');

/** Every file under a folder with its contents, to compare a site before and after. */
function snapshot(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(folder, path), readFileSync(path).toString('base64'));
    }
  };
  walk(folder);
  return files;
}

/** What a build left beside its target: its working folder or the previous site. */
const leftovers = (target: string) =>
  readdirSync(dirname(target)).filter((name) => name.startsWith(`.${basename(target)}.`));

describe('a build never deletes a folder it did not make', () => {
  it('refuses an existing folder without the marker, and leaves its files alone', () => {
    const folder = join(tmp, 'not-a-build');
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'notes.txt'), 'a reporter’s notes');
    for (const events of [fixture, invalid]) {
      const run = buildInto(events, folder);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`OUT_DIR=${folder}: ${folder} was not made by this build`);
      expect(readdirSync(folder)).toEqual(['notes.txt']);
      expect(readFileSync(join(folder, 'notes.txt'), 'utf8')).toBe('a reporter’s notes');
    }
  });

  it('refuses the project folder, a folder that holds it, and the root, before reading anything', () => {
    // No event file: should the refusal ever break, the build still stops (file not found) before it writes anything.
    const missing = join(tmp, 'no-such-file.json');
    for (const folder of [projectRoot, dirname(projectRoot), '/']) {
      const run = buildInto(missing, folder);
      expect(run.status).toBe(1);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(
        /^OUT_DIR=.*: is (the project folder or a folder that holds it|the root of the file system);/,
      );
    }
  });
});

describe('a failed or interrupted build leaves the previous site whole', () => {
  const site = join(tmp, 'kept-site');
  const changed = join(tmp, 'kept-site-changed.json');
  let before: Map<string, string>;
  beforeAll(() => {
    rmSync(site, { recursive: true, force: true });
    const first = buildInto(fixture, site);
    if (first.status !== 0) throw new Error(first.stderr);
    before = snapshot(site);
    // A different file, so a build that went through would change the site.
    const data = JSON.parse(readFileSync(fixture, 'utf8')) as { title: string };
    data.title = 'A changed title';
    writeFileSync(changed, JSON.stringify(data));
  });

  it('marks its output, so the next build may replace it', () => {
    expect(before.has('.timeline-build')).toBe(true);
    expect(before.has('index.html')).toBe(true);
  });

  it('keeps the previous site when the event file is invalid', () => {
    const run = buildInto(invalid, site);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('kept-site is as it was');
    expect(snapshot(site)).toEqual(before);
  });

  it('keeps the previous site, and removes its own work, when interrupted with Ctrl-C mid-build', async () => {
    const child = spawn(process.execPath, [join(projectRoot, 'scripts/build.ts')], {
      cwd: projectRoot,
      env: buildEnv({ EVENTS_FILE: changed, OUT_DIR: site }),
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const building = join(tmp, `.kept-site.building-${child.pid}`);
    // Interrupt once Astro has written part of the new site (or, were it writing into the site itself, emptied it).
    const started = () =>
      (existsSync(building) && readdirSync(building).some((name) => name !== '.prerender')) ||
      !existsSync(join(site, 'index.html'));
    const deadline = Date.now() + 120_000;
    while (!started()) {
      if (Date.now() > deadline) throw new Error(`the build never started writing:\n${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toContain('Build interrupted (SIGINT)');
    expect(snapshot(site)).toEqual(before);
    expect(leftovers(site)).toEqual([]);
  });

  it('replaces the previous site when the build succeeds', () => {
    const run = buildInto(changed, site);
    expect(run.status).toBe(0);
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toContain('A changed title');
    expect(leftovers(site)).toEqual([]);
  });
});

describe('builds meant for publishing', () => {
  const site = join(tmp, 'publish-warning');
  it('say loudly, at the end, that SITE_URL is still the localhost default; --local is quiet', () => {
    rmSync(site, { recursive: true, force: true });
    const run = buildInto(fixture, site);
    expect(run.status).toBe(0);
    expect(run.stderr.trim().split('\n').at(-1)).toMatch(/^└─+$/);
    expect(run.stderr).toContain('WARNING: this build is not ready to publish.');
    expect(run.stderr).toContain('SITE_URL is http://localhost:4321 (the default)');
    const local = buildInto(fixture, site, {}, ['--local']);
    expect(local.status).toBe(0);
    expect(local.stderr).not.toContain('WARNING');
  });

  it('refuses a SITE_URL that is not a web address', () => {
    const run = buildInto(fixture, site, { SITE_URL: 'news.example.org' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      'SITE_URL=news.example.org: not a web address; expected one like https://news.example.org',
    );
  });
});

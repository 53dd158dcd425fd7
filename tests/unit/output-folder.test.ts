import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_MARKER, buildFolderFor, moveIntoPlace, refuseOutDir } from '../../src/build/output-folder.ts';
import { invalidSiteUrl, publishWarnings } from '../../src/build/publish-check.ts';

const scratch = mkdtempSync(join(tmpdir(), 'out-dir-'));
const project = join(scratch, 'srv/timeline');
const home = join(scratch, 'home/reporter');
mkdirSync(project, { recursive: true });
mkdirSync(home, { recursive: true });
const context = { projectRoot: project, defaultOutDir: join(project, 'dist'), home };
const folder = (name: string, files: string[] = []) => {
  const path = join(scratch, name);
  mkdirSync(path, { recursive: true });
  for (const file of files) writeFileSync(join(path, file), '');
  return path;
};

describe('which output folders a build may replace', () => {
  it('refuses the root, the home folder, the project and its ancestors', () => {
    expect(refuseOutDir('/', context)).toBe(
      'OUT_DIR=/: is the root of the file system; choose a new or empty folder, such as OUT_DIR=dist.',
    );
    expect(refuseOutDir(home, context)).toMatch(/: is your home folder;/);
    expect(refuseOutDir(project, context)).toMatch(/: is the project folder or a folder that holds it;/);
    expect(refuseOutDir(join(scratch, 'srv'), context)).toMatch(/is the project folder or a folder that holds it/);
  });

  it('refuses a file and a folder with files but no marker; allows a marked, empty or new folder and dist/', () => {
    writeFileSync(join(scratch, 'a-file'), '');
    expect(refuseOutDir(join(scratch, 'a-file'), context)).toMatch(/: is a file, not a folder;/);
    const notes = folder('notes', ['draft.txt']);
    expect(refuseOutDir(notes, context)).toBe(
      `OUT_DIR=${notes}: ${notes} was not made by this build (it has no ${BUILD_MARKER} file), so it is left alone; choose a new or empty folder, such as OUT_DIR=dist, or delete it yourself if it is an old build.`,
    );
    expect(refuseOutDir(folder('old-build', [BUILD_MARKER, 'index.html']), context)).toBeUndefined();
    expect(refuseOutDir(folder('empty'), context)).toBeUndefined();
    expect(refuseOutDir(join(scratch, 'new'), context)).toBeUndefined();
    expect(refuseOutDir(folder('srv/timeline/dist', ['index.html']), context)).toBeUndefined();
    // A sibling whose name starts with the project's is not inside it.
    expect(refuseOutDir(join(scratch, 'srv/timeline-dist'), context)).toBeUndefined();
  });

  it('checks again at the swap: a finished build never replaces a folder it did not make', () => {
    const notes = folder('notes-at-swap', ['draft.txt']);
    const built = folder('built', ['index.html']);
    expect(() => moveIntoPlace(built, notes, context)).toThrow(/was not made by this build/);
    expect(readdirSync(notes)).toEqual(['draft.txt']);
    const target = join(scratch, 'site');
    moveIntoPlace(built, target, context);
    expect(readdirSync(target).sort()).toEqual([BUILD_MARKER, 'index.html']);
    expect(existsSync(built)).toBe(false);
  });

  it('builds beside the target in a folder whose path does not start with a sibling project’s', () => {
    expect(buildFolderFor('/srv/timeline-dist', 42)).toBe('/srv/.timeline-dist.building-42');
  });
});

describe('SITE_URL for publishing', () => {
  it('warns about the localhost default and about http:, not about https:', () => {
    expect(publishWarnings(undefined)[0]).toMatch(/^SITE_URL is http:\/\/localhost:4321 \(the default\)/);
    expect(publishWarnings('http://127.0.0.1:8080')[0]).toMatch(/^SITE_URL is http:\/\/127\.0\.0\.1:8080:/);
    expect(publishWarnings('http://news.example.org/graphics/')).toEqual([
      'SITE_URL is http://news.example.org, not https: news sites are served over https, and their browsers block an',
      'http: embed as mixed content, so the embed code and oEmbed would not show in anyone’s article.',
      'To publish, build with SITE_URL=https://news.example.org/graphics/',
    ]);
    expect(publishWarnings('https://news.example.org', '/graphics/decade/')).toEqual([]);
  });

  it('asks for BASE_PATH when it is unset, since the site would take the whole domain, and not once it is said', () => {
    expect(publishWarnings('https://news.example.org')[0]).toBe(
      'BASE_PATH is not set, so this site takes the root of news.example.org: its sw.js (and so its offline copy),',
    );
    expect(publishWarnings('https://graphics.example.org', '/')).toEqual([]);
    expect(publishWarnings('https://news.example.org/graphics/', '/graphics/decade/')).toEqual([]);
  });

  it('refuses what is not an http(s) address', () => {
    expect(invalidSiteUrl('https://news.example.org')).toBeUndefined();
    expect(invalidSiteUrl('ftp://news.example.org')).toBe(
      'SITE_URL=ftp://news.example.org: must start with https:// (or http:// for a local preview)',
    );
  });
});

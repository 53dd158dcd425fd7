import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { Script } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { strFromU8, unzipSync } from 'fflate';
import { buildSite, loadPage, type BuildRun } from './build-helpers.ts';
import { relativeLink, relativizeHtml } from '../../src/build/integrations/offline-zip.ts';

let run: BuildRun;
beforeAll(() => {
  run = buildSite('tests/fixtures/valid.json', 'offline', {
    SITE_URL: 'https://news.example.org',
    BASE_PATH: '/graphics/decade/',
  });
  if (run.status !== 0) throw new Error(run.stderr);
});

describe('offline copy (offline.zip)', () => {
  it('holds every page with relative links that resolve inside the ZIP, so it opens from a folder', () => {
    const files = unzipSync(new Uint8Array(readFileSync(join(run.outDir, 'offline.zip'))));
    const names = new Set(Object.keys(files));
    expect(names).toContain('timeline/index.html');
    expect(names).toContain('timeline/events/later-case/index.html');
    const broken: string[] = [];
    for (const name of names) {
      if (!name.endsWith('.html')) continue;
      const $ = cheerio.load(strFromU8(files[name]!));
      $('a[href], link[href], script[src], img[src]').each((_, el) => {
        const ref = $(el).attr('href') ?? $(el).attr('src')!;
        if (/^(https?:|mailto:|#|data:)/.test(ref) || ref.startsWith('?')) return;
        const target = posix.normalize(posix.join(posix.dirname(name), ref.split('#')[0]!.split('?')[0]!));
        if (!names.has(target)) broken.push(`${name} → ${ref}`);
      });
    }
    expect(broken).toEqual([]);
  });

  it("sends the classroom page's download link, which the copy cannot hold, to the published ZIP", () => {
    const files = unzipSync(new Uint8Array(readFileSync(join(run.outDir, 'offline.zip'))));
    expect(Object.keys(files)).not.toContain('timeline/offline.zip');
    const $ = cheerio.load(strFromU8(files['timeline/classroom/index.html']!));
    expect($('#offline a[download]').attr('href')).toBe('https://news.example.org/graphics/decade/offline.zip');
  });

  it('says in its README what day it is a copy of and where the current version is, since it cannot be corrected', () => {
    const files = unzipSync(new Uint8Array(readFileSync(join(run.outDir, 'offline.zip'))));
    expect(strFromU8(files['timeline/README.txt']!)).toMatch(
      /This is a copy of the site as it was on \d{1,2} [A-Z][a-z]+ \d{4}\. Corrections made since then are not in it: the current version is at https:\/\/news\.example\.org\/graphics\/decade\/\n$/,
    );
  });

  it('turns every file of a picture (srcset, poster) into a file link too', () => {
    const html =
      '<picture><source srcset="/graphics/decade/_astro/a_1.avif 320w, /graphics/decade/_astro/a_2.avif 640w" type="image/avif"><img src="/graphics/decade/_astro/a.jpg" srcset="/graphics/decade/_astro/a_1.jpg 320w,/graphics/decade/_astro/a_2.jpg 640w"></picture><video poster="/graphics/decade/_astro/still.webp"></video>';
    expect(relativizeHtml(html, 'events/x/index.html', '/graphics/decade/', 'https://news.example.org')).toBe(
      '<picture><source srcset="../../_astro/a_1.avif 320w, ../../_astro/a_2.avif 640w" type="image/avif"><img src="../../_astro/a.jpg" srcset="../../_astro/a_1.jpg 320w, ../../_astro/a_2.jpg 640w"></picture><video poster="../../_astro/still.webp"></video>',
    );
  });

  it('turns site links into file links', () => {
    expect(relativeLink('events/a/index.html', '/graphics/decade/events/b/', '/graphics/decade/')).toBe(
      '../b/index.html',
    );
    expect(relativeLink('index.html', '/graphics/decade/#later-case', '/graphics/decade/')).toBe(
      'index.html#later-case',
    );
    expect(relativeLink('about/index.html', '/graphics/decade/_astro/x.css', '/graphics/decade/')).toBe(
      '../_astro/x.css',
    );
  });
});

describe('service worker', () => {
  const configOf = (dir: string) =>
    JSON.parse(/\)\(self, (\{.*\})\);\n$/.exec(readFileSync(join(dir, 'sw.js'), 'utf8'))![1]!) as {
      base: string;
      version: string;
      known: string[];
      save: string[];
      saveBytes: number;
    };

  it('knows every page and asset under the base path, but not social images, embeds or the ZIP, and saves them all on request', () => {
    const config = configOf(run.outDir);
    expect(config.base).toBe('/graphics/decade/');
    expect(config.known).toEqual(expect.arrayContaining(['', 'events/later-case/', 'classroom/', 'timeline.json']));
    expect(config.known.some((p) => p.startsWith('_astro/'))).toBe(true);
    expect(config.known.some((p) => /^(share|embed|oembed)\/|offline\.zip|404/.test(p))).toBe(false);
    expect(config.save).toEqual(config.known);
    expect(config.saveBytes).toBeGreaterThan(100_000);
  });

  it('changes when one character of the story changes (a same-length correction), so readers’ copies update', () => {
    const fixture = JSON.parse(readFileSync('tests/fixtures/valid.json', 'utf8')) as {
      events: { id: string; figures?: { value: number }[] }[];
    };
    const figure = fixture.events.find((e) => e.id === 'first-report')!.figures![0]!;
    figure.value = figure.value === 20 ? 21 : 20;
    mkdirSync('tests/.tmp', { recursive: true });
    writeFileSync('tests/.tmp/offline-corrected.json', JSON.stringify(fixture));
    // Built exactly as the first, but for that one character.
    const corrected = buildSite('tests/.tmp/offline-corrected.json', 'offline-corrected', {
      SITE_URL: 'https://news.example.org',
      BASE_PATH: '/graphics/decade/',
    });
    if (corrected.status !== 0) throw new Error(corrected.stderr);
    expect(configOf(corrected.outDir).version).not.toBe(configOf(run.outDir).version);
    expect(readFileSync(join(corrected.outDir, 'sw.js'), 'utf8')).not.toBe(
      readFileSync(join(run.outDir, 'sw.js'), 'utf8'),
    );
  });

  it('is offered to save in full on the classroom guide and the about page, hidden until a worker answers', () => {
    for (const path of ['/classroom/', '/about/']) {
      const save = loadPage(run.outDir, path)('[data-save-offline]');
      expect(save.length, path).toBe(1);
      expect(save.is('[hidden]'), path).toBe(true);
      expect(save.attr('data-label'), path).toBe('Save for offline use ({size})');
    }
  });

  it('is valid JavaScript, with no TypeScript left in it', () => {
    const source = readFileSync(join(run.outDir, 'sw.js'), 'utf8');
    expect(() => new Script(source)).not.toThrow();
    expect(source).not.toMatch(/: (WorkerScope|OfflineWorkerConfig|string|Response)\b/);
  });
});

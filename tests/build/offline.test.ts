import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { strFromU8, unzipSync } from 'fflate';
import { buildSite, type BuildRun } from './build-helpers.ts';
import { relativeLink } from '../../src/build/integrations/offline-zip.ts';
import { precacheList } from '../../src/build/integrations/service-worker-source.ts';

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
  it('is written with the base path and precaches every page and asset, but not social images or embeds', () => {
    const sw = readFileSync(join(run.outDir, 'sw.js'), 'utf8');
    const list = JSON.parse(/const PRECACHE = (\[.*\]);/.exec(sw)![1]!) as string[];
    expect(list).toContain('/graphics/decade/');
    expect(list).toContain('/graphics/decade/events/later-case/');
    expect(list).toContain('/graphics/decade/classroom/');
    expect(list).toContain('/graphics/decade/timeline.json');
    expect(list.some((p) => p.includes('/_astro/'))).toBe(true);
    expect(list.some((p) => /\/share\/|\/embed\/|offline\.zip/.test(p))).toBe(false);
  });

  it('keeps only the core offline for very large sites', () => {
    const files = [
      { path: 'index.html', size: 10 },
      { path: 'events/a/index.html', size: 20_000_000 },
    ];
    expect(precacheList(files)).toEqual(['']);
    expect(precacheList(files, 30_000_000)).toEqual(['', 'events/a/']);
  });
});

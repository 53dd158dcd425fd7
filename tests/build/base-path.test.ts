import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { serveFolder } from '../support/static-server.ts';
import { testPort } from '../support/ports.ts';
import { buildSite, type BuildRun } from './build-helpers.ts';

const BASE = '/graphics/2026/decade/';
const SITE = 'https://news.example.org';
const PORT = testPort(4391);
let run: BuildRun;
let server: Server;

beforeAll(async () => {
  run = buildSite('data/events.json', 'base-path', { BASE_PATH: BASE, SITE_URL: SITE });
  if (run.status !== 0) throw new Error(run.stderr);
  server = await serveFolder(run.outDir, PORT, BASE);
});
afterAll(() => server?.close());

describe(`a build published under ${SITE}${BASE}`, () => {
  it('has no broken internal link, script, stylesheet, image or data file when served from that sub-path', async () => {
    const origin = `http://127.0.0.1:${PORT}`;
    const queue = [`${origin}${BASE}`];
    const seen = new Set<string>(queue);
    const broken: string[] = [];
    while (queue.length > 0) {
      const url = queue.shift()!;
      const response = await fetch(url);
      if (response.status !== 200) {
        broken.push(`${response.status} ${url}`);
        continue;
      }
      if (!response.headers.get('content-type')?.includes('text/html')) continue;
      const $ = cheerio.load(await response.text());
      const refs = [
        ...$('a[href]')
          .map((_, el) => $(el).attr('href'))
          .get(),
        ...$('script[src], img[src]')
          .map((_, el) => $(el).attr('src'))
          .get(),
        ...$('link[href]')
          .map((_, el) => $(el).attr('href'))
          .get(),
        ...$('[data-data-url]')
          .map((_, el) => $(el).attr('data-data-url'))
          .get(),
      ];
      for (const ref of refs) {
        const target = new URL(ref, url);
        if (target.origin === SITE) {
          target.host = `127.0.0.1:${PORT}`;
          target.protocol = 'http:';
        }
        if (target.origin !== origin) continue;
        target.hash = '';
        if (!seen.has(target.href)) {
          seen.add(target.href);
          queue.push(target.href);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(seen.size).toBeGreaterThan(70);
    for (const href of seen) expect(new URL(href).pathname.startsWith(BASE), href).toBe(true);
  });

  it('gives canonical URLs, the sitemap and robots.txt the domain and base path', async () => {
    const page = cheerio.load(await (await fetch(`http://127.0.0.1:${PORT}${BASE}events/khyra-ishaq-dies/`)).text());
    expect(page('link[rel="canonical"]').attr('href')).toBe(`${SITE}${BASE}events/khyra-ishaq-dies/`);
    const sitemap = await (await fetch(`http://127.0.0.1:${PORT}${BASE}sitemap.xml`)).text();
    expect(sitemap).toContain(`<loc>${SITE}${BASE}events/khyra-ishaq-dies/</loc>`);
    expect(sitemap).toContain(`<loc>${SITE}${BASE}</loc>`);
    const robots = await (await fetch(`http://127.0.0.1:${PORT}${BASE}robots.txt`)).text();
    expect(robots).toContain(`Sitemap: ${SITE}${BASE}sitemap.xml`);
  });
});

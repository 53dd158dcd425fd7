import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, loadPage, type BuildRun } from './build-helpers.ts';

let run: BuildRun;
beforeAll(() => {
  run = buildSite('tests/fixtures/valid.json', 'sharing', {
    SITE_URL: 'https://news.example.org',
    BASE_PATH: '/decade/',
  });
  if (run.status !== 0) throw new Error(run.stderr);
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string) {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const pages = () => ['/', '/about/', ...readdirSync(join(run.outDir, 'events')).map((id) => `/events/${id}/`)];

describe('sharing metadata', () => {
  it('gives every page Open Graph and Twitter card meta, with an existing 1200×630 share image', () => {
    for (const path of pages()) {
      const $ = loadPage(run.outDir, path);
      const meta = (key: string) => $(`meta[property="${key}"], meta[name="${key}"]`).attr('content');
      expect(meta('og:title'), path).toBeTruthy();
      expect(meta('og:description'), path).toBeTruthy();
      expect(meta('og:url'), path).toBe($('link[rel="canonical"]').attr('href'));
      expect(meta('twitter:card'), path).toBe('summary_large_image');
      const image = meta('og:image')!;
      expect(image, path).toMatch(/^https:\/\/news\.example\.org\/decade\/share\/.+\.png$/);
      const file = join(run.outDir, new URL(image).pathname.replace('/decade/', ''));
      expect(existsSync(file), file).toBe(true);
      expect(pngSize(file)).toEqual({ width: 1200, height: 630 });
    }
  });

  it('draws each event its own image', () => {
    const $ = loadPage(run.outDir, '/events/later-case/');
    expect($('meta[property="og:image"]').attr('content')).toBe('https://news.example.org/decade/share/later-case.png');
    expect(loadPage(run.outDir, '/')('meta[property="og:image"]').attr('content')).toBe(
      'https://news.example.org/decade/share/_site.png',
    );
  });

  it('links each page to a valid static oEmbed JSON whose HTML embeds that page', () => {
    for (const path of ['/', '/events/later-case/']) {
      const $ = loadPage(run.outDir, path);
      const href = $('link[rel="alternate"][type="application/json+oembed"]').attr('href')!;
      const json = JSON.parse(readFileSync(join(run.outDir, new URL(href).pathname.replace('/decade/', '')), 'utf8'));
      expect(json).toMatchObject({
        version: '1.0',
        type: 'rich',
        provider_name: expect.any(String),
        width: expect.any(Number),
        height: expect.any(Number),
        title: expect.any(String),
      });
      expect(json.html).toContain(
        path === '/'
          ? 'src="https://news.example.org/decade/embed/"'
          : 'src="https://news.example.org/decade/embed/later-case/"',
      );
      expect(json.html).toContain('title="');
    }
  });

  it('gives embed.js in oEmbed and the Embed dialog the integrity hash of the embed.js it built, and sandboxes the frame', () => {
    const integrity = `sha384-${createHash('sha384')
      .update(readFileSync(join(run.outDir, 'embed.js')))
      .digest('base64')}`;
    const json = JSON.parse(readFileSync(join(run.outDir, 'oembed/site.json'), 'utf8')) as { html: string };
    expect(json.html).toContain(
      `<script async src="https://news.example.org/decade/embed.js" integrity="${integrity}" crossorigin="anonymous"></script>`,
    );
    expect(json.html).toContain('sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"');
    const dialog = JSON.parse(loadPage(run.outDir, '/')('[data-embed-config]').text()) as { integrity: string };
    expect(dialog.integrity).toBe(integrity);
  });

  it('has JSON-LD for the site and each event, safe to inline', () => {
    const site = JSON.parse(loadPage(run.outDir, '/')('script[type="application/ld+json"]').text());
    expect(site).toMatchObject({
      '@type': 'WebSite',
      name: 'Fixture timeline: 1 < 2 && "x"',
      url: 'https://news.example.org/decade/',
    });
    const raw = loadPage(run.outDir, '/events/later-case/')('script[type="application/ld+json"]').html()!;
    expect(raw).not.toContain('<');
    const event = JSON.parse(raw);
    expect(event).toMatchObject({
      '@type': 'Article',
      headline: 'A later case with 1 < 2 && "quotes" & <3',
      temporalCoverage: '2010-03-12',
    });
    expect(event.citation).toHaveLength(2);
  });

  it('makes embed pages chromeless, noindex and canonical to the full page', () => {
    const $ = loadPage(run.outDir, '/embed/later-case/');
    expect($('header, footer, nav').length).toBe(0);
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    expect($('link[rel="canonical"]').attr('href')).toBe('https://news.example.org/decade/events/later-case/');
    expect(existsSync(join(run.outDir, 'embed.js'))).toBe(true);
  });
});

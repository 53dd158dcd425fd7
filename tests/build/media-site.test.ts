// A story with every kind of media, its pictures generated in the test: built, and its pages read back.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import sharp from 'sharp';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { buildSite, loadPage, projectRoot, type BuildRun } from './build-helpers.ts';
import { SECRET_METADATA, writeMediaFixture } from '../support/media-fixture.ts';

const source = join(projectRoot, 'tests/.tmp/media-fixture');
let run: BuildRun;
const visible = (text: string) => text.replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  const file = await writeMediaFixture(source);
  run = buildSite(file, 'media');
  if (run.status !== 0) throw new Error(`media build failed:\n${run.stderr}\n${run.stdout}`);
});

/** Every address a page would load by itself (not links a reader follows). */
function loadedAddresses($: ReturnType<typeof loadPage>): string[] {
  const found: string[] = [];
  $(
    'img[src], source[src], video[src], audio[src], track[src], iframe[src], script[src], link[href][rel="stylesheet"], video[poster]',
  ).each((_, el) => {
    for (const attribute of ['src', 'href', 'poster']) {
      const value = $(el).attr(attribute);
      if (value) found.push(value);
    }
  });
  $('[srcset]').each((_, el) => {
    for (const candidate of $(el).attr('srcset')!.split(',')) found.push(candidate.trim().split(/\s+/)[0]!);
  });
  return found;
}

describe('media on an event page', () => {
  it('shows a picture as a responsive figure with modern formats, alt text, size, caption and credit', () => {
    const $ = loadPage(run.outDir, '/events/photo-event/');
    const figure = $('.event-detail figure.media--image');
    expect(figure.length).toBe(1);
    const img = figure.find('img');
    expect(img.attr('alt')).toBe('A blue picture with a pale circle and the words Council House');
    // Its own shape, no taller than a screen: CSS only narrows it to the column.
    expect(Number(img.attr('width')) / Number(img.attr('height'))).toBeCloseTo(1.6, 2);
    expect(Number(img.attr('height'))).toBeLessThanOrEqual(720);
    expect(img.attr('loading')).toBe('lazy');
    const types = figure
      .find('source')
      .map((_, s) => $(s).attr('type'))
      .get();
    expect(types).toEqual(['image/avif', 'image/webp']);
    for (const s of figure.find('source').get()) {
      const widths = $(s)
        .attr('srcset')!
        .split(',')
        .map((c) => Number(/(\d+)w$/.exec(c.trim())?.[1]));
      expect(widths).toEqual([320, 640, 960, 1280]);
      expect($(s).attr('sizes')).toContain('44rem');
    }
    expect(visible(figure.find('figcaption').text())).toBe(
      'The council house, where the report was presented. Credit: Photo: Fixture Studio · Licence: CC BY 4.0 · Original',
    );
    expect(figure.find('figcaption a').attr('href')).toBe('https://example.org/photos/council-house');
  });

  it('keeps a tall picture to a screen’s height, in its own shape', () => {
    const img = loadPage(run.outDir, '/events/portrait-event/')('figure.media--image img').first();
    expect([Number(img.attr('width')), Number(img.attr('height'))]).toEqual([480, 720]);
    const rule = loadPage(run.outDir, '/events/portrait-event/')('figure.media--image img').last();
    // A decorative SVG: shown as it is, and skipped by screen readers.
    expect(rule.attr('alt')).toBe('');
    expect(rule.attr('src')).toMatch(/^\/_astro\/rule\.[\w-]+\.svg$/);
  });

  it("shows a PDF's first page, rendered at build, linking to the document published as it is", () => {
    const $ = loadPage(run.outDir, '/events/document-event/');
    const link = $('figure.media--document a.media-document');
    expect(link.attr('href')).toBe('/files/media/report.pdf');
    expect(link.find('img').attr('alt')).toBe('The cover of the inspection report: a blue band with its title');
    expect(link.find('img').attr('src')).toMatch(/^\/_astro\/pdf-page-/);
    expect(visible(link.text())).toMatch(/^Read the document \(PDF, 1 kB\)$/);
    expect(readFileSync(join(run.outDir, 'files/media/report.pdf'))).toEqual(
      readFileSync(join(source, 'media/report.pdf')),
    );
  });

  it('shows a player from another site as a still and a button, loading nothing from that site', () => {
    const $ = loadPage(run.outDir, '/events/video-event/');
    const button = $('figure.media--player button[data-player]');
    expect(button.attr('data-player')).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1');
    expect(visible(button.text())).toBe('Play on YouTube: loads content from youtube.com');
    expect(button.attr('hidden')).toBeDefined();
    expect($('figure iframe').length).toBe(0);
    expect($('figure.media--player .media-still').attr('alt')).toBe('Press conference after the verdict');
    // Without scripts, a link to the video on its own site.
    expect($('figure.media--player a.media-open').attr('href')).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    const audio = loadPage(run.outDir, '/events/audio-event/');
    expect(audio('button[data-player]').attr('data-player')).toMatch(/^https:\/\/w\.soundcloud\.com\/player\//);
    expect(audio('.media-placeholder').length).toBe(1);
  });

  it('plays self-hosted video and audio with native controls and WebVTT captions', () => {
    const $ = loadPage(run.outDir, '/events/self-hosted-event/');
    const video = $('video.media-video');
    expect(video.attr('controls')).toBeDefined();
    expect(video.find('source').attr('src')).toBe('/files/media/interview.mp4');
    expect(video.find('track').attr('src')).toBe('/files/media/interview.vtt');
    expect(video.find('track').attr('kind')).toBe('captions');
    expect(video.find('track').attr('srclang')).toBe('en-GB');
    expect(video.attr('poster')).toMatch(/^\/_astro\/interview-still\..*\.webp$/);
    expect($('audio.media-audio').attr('src')).toBe('/files/media/statement.mp3');
    for (const file of ['interview.mp4', 'interview.vtt', 'statement.mp3'])
      expect(existsSync(join(run.outDir, 'files/media', file)), file).toBe(true);
  });

  it('makes no page load anything from another server', () => {
    for (const page of ['/', '/events/video-event/', '/events/audio-event/', '/present/', '/print/']) {
      const outside = loadedAddresses(loadPage(run.outDir, page)).filter((a) => /^(https?:)?\/\//.test(a));
      expect(outside, page).toEqual([]);
    }
  });
});

describe('media elsewhere', () => {
  it('gives the list a small, lazy, credited thumbnail (one WebP srcset), and no player script', () => {
    const $ = loadPage(run.outDir, '/');
    const thumb = $('li[data-event-id="photo-event"] figure.event-thumb');
    const img = thumb.find('img');
    expect(img.attr('loading')).toBe('lazy');
    expect(img.attr('sizes')).toBe('6rem');
    expect(img.attr('alt')).toBe('A blue picture with a pale circle and the words Council House');
    expect(Number(img.attr('width')) / Number(img.attr('height'))).toBeCloseTo(1.6, 2);
    expect(thumb.find('source').length).toBe(0);
    const widths = img
      .attr('srcset')!
      .split(',')
      .map((c) => c.trim().split(/\s+/));
    expect(widths.map(([, w]) => w)).toEqual(['160w', '320w', '640w']);
    for (const [url] of widths) expect(url).toMatch(/^\/_astro\/council-house\.[\w-]+\.webp$/);
    // The caption is there for the detail panel, which copies the entry; the list's CSS shows the credit only.
    expect(visible(thumb.find('figcaption').text())).toBe(
      'The council house, where the report was presented. Credit: Photo: Fixture Studio',
    );
    expect(thumb.find('figcaption .event-thumb-caption').length).toBe(1);
    expect($('li[data-event-id="plain-event"] .event-thumb').length).toBe(0);
    expect($('li[data-event-id="audio-event"] .event-thumb').length).toBe(0);
    // A decorative picture is no thumbnail: the portrait is.
    expect($('li[data-event-id="portrait-event"] .event-thumb img').attr('alt')).toMatch(/^A purple portrait/);
    expect($('[data-player]').length).toBe(0);
  });

  it('shares an event with a picture as that picture, 1200×630 under its title, and one without as words', async () => {
    const $ = loadPage(run.outDir, '/events/photo-event/');
    expect($('meta[property="og:image"]').attr('content')).toBe('http://localhost:4321/share/photo-event.jpg');
    expect($('meta[property="og:image:width"]').attr('content')).toBe('1200');
    for (const id of ['photo-event', 'document-event', 'video-event', 'portrait-event', 'self-hosted-event']) {
      const meta = await sharp(join(run.outDir, `share/${id}.jpg`)).metadata();
      expect([meta.format, meta.width, meta.height], id).toEqual(['jpeg', 1200, 630]);
      expect(existsSync(join(run.outDir, `share/${id}.png`)), id).toBe(false);
    }
    // The photograph is blue (#2f6db5 fading to dark): the card's upper middle, where no words or shade fall, is too.
    const { data, info } = await sharp(join(run.outDir, 'share/photo-event.jpg'))
      .extract({ left: 100, top: 160, width: 200, height: 60 })
      .raw()
      .toBuffer({ resolveWithObject: true });
    const mean = [0, 1, 2].map((c) => {
      let sum = 0;
      for (let i = c; i < data.length; i += info.channels) sum += data[i]!;
      return sum / (data.length / info.channels);
    });
    expect(mean[2]!).toBeGreaterThan(mean[0]! + 40);
    expect(loadPage(run.outDir, '/events/plain-event/')('meta[property="og:image"]').attr('content')).toBe(
      'http://localhost:4321/share/plain-event.png',
    );
    expect(existsSync(join(run.outDir, 'share/audio-event.png'))).toBe(true);
  });

  it('allows as frames only the players a page holds, in its meta policy and in _headers', () => {
    const policy = (page: string) =>
      loadPage(run.outDir, page)('meta[http-equiv="Content-Security-Policy"]').attr('content')!.split('; ');
    const frames = (page: string) => policy(page).filter((d) => d.startsWith('frame-src'));
    expect(frames('/events/video-event/')).toEqual(["frame-src 'self' https://www.youtube-nocookie.com"]);
    expect(frames('/events/audio-event/')).toEqual(["frame-src 'self' https://w.soundcloud.com"]);
    expect(frames('/embed/video-event/')).toEqual(["frame-src 'self' https://www.youtube-nocookie.com"]);
    expect(frames('/events/photo-event/')).toEqual([]);
    expect(frames('/')).toEqual([]);
    const headers = readFileSync(join(run.outDir, '_headers'), 'utf8');
    expect(headers).toContain("frame-src 'self' https://w.soundcloud.com https://www.youtube-nocookie.com;");
    expect(headers).toContain('autoplay=("https://w.soundcloud.com" "https://www.youtube-nocookie.com")');
    expect(headers).toContain('camera=()');
  });

  it('keeps the processed pictures and the published files in the offline copy, with working relative links', () => {
    const zip = unzipSync(new Uint8Array(readFileSync(join(run.outDir, 'offline.zip'))));
    const html = strFromU8(zip['timeline/events/photo-event/index.html']!);
    const $ = cheerio.load(html);
    const files = [
      ...$('figure.media source')
        .map((_, s) =>
          $(s)
            .attr('srcset')!
            .split(',')
            .map((c) => c.trim().split(/\s+/)[0]!),
        )
        .get(),
      $('figure.media img').attr('src')!,
    ];
    expect(files.length).toBeGreaterThan(4);
    for (const file of files) {
      expect(file, file).toMatch(/^\.\.\/\.\.\/_astro\//);
      expect(zip[`timeline/${file.slice('../../'.length)}`], file).toBeDefined();
    }
    expect(zip['timeline/files/media/report.pdf']).toBeDefined();
    expect(zip['timeline/files/media/interview.vtt']).toBeDefined();
    const worker = readFileSync(join(run.outDir, 'sw.js'), 'utf8');
    for (const file of files) expect(worker).toContain(`"${file.slice('../../'.length)}"`);
    expect(worker).toContain('"files/media/report.pdf"');
  });

  it('shows the first item large in the projector view, and every item in print, loaded for the printer', () => {
    const slide = loadPage(run.outDir, '/present/')('#slide-photo-event figure.media');
    expect(slide.find('source').first().attr('srcset')).toMatch(/1600w$/);
    const print = loadPage(run.outDir, '/print/');
    expect(print('.print-event figure.media').length).toBe(8);
    expect(print('.print-event figure.media img').first().attr('loading')).toBe('eager');
  });

  it('publishes pictures only as processed copies, without their metadata', () => {
    const files = readdirSync(join(run.outDir, '_astro'));
    expect(files.filter((f) => f.startsWith('council-house')).length).toBeGreaterThan(4);
    expect(files.some((f) => f.endsWith('.avif'))).toBe(true);
    for (const file of files.filter((f) => /\.(jpe?g|webp|avif|png)$/.test(f))) {
      expect(readFileSync(join(run.outDir, '_astro', file)).includes(SECRET_METADATA), file).toBe(false);
    }
    expect(existsSync(join(run.outDir, 'files/media/council-house.jpg'))).toBe(false);
  });
});

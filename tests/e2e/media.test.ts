// Media in the browser, on the media fixture served as a static host serves it (with the _headers the build wrote, so
// the pages run under the real Content-Security-Policy and Permissions-Policy): pictures that keep their room as they
// load (no layout shift, measured), players from other sites that make no request until the reader asks (requests
// counted by interception) and then load under the CSP, native video and audio, the detail panel's larger picture,
// the projector view, print, the list's first load, and no accessibility violations.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Server } from 'node:http';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { buildSite, projectRoot } from '../build/build-helpers.ts';
import { headersFor, parseHeadersFile } from '../support/headers-file.ts';
import { writeMediaFixture } from '../support/media-fixture.ts';
import { serveFolder } from '../support/static-server.ts';
import { testPort } from '../support/ports.ts';
import { watchViolations } from './policy-violations.ts';

const PORT = testPort(4351);
// Pictures are held back and requests counted by interception, which a service worker would go around.
test.use({ serviceWorkers: 'block' });
const ORIGIN = `http://127.0.0.1:${PORT}`;
let server: Server;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const file = await writeMediaFixture(join(projectRoot, 'tests/.tmp/media-e2e-source'));
  const build = buildSite(file, 'media-e2e');
  if (build.status !== 0) throw new Error(`media build failed:\n${build.stderr}`);
  const rules = parseHeadersFile(readFileSync(join(build.outDir, '_headers'), 'utf8'));
  server = await serveFolder(build.outDir, PORT, '/', {
    headers: (path) => headersFor(rules, path),
    likeStaticHost: true,
  });
});
test.afterAll(() => server?.close());

/** Requests the page makes to any other origin, answered here with a stand-in so the test never uses the network. */
async function watchOtherOrigins(page: Page): Promise<string[]> {
  const requests: string[] = [];
  await page.context().route(
    (url) => url.origin !== ORIGIN,
    async (route) => {
      requests.push(route.request().url());
      await route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><title>player</title><p>A stand-in player</p>',
      });
    },
  );
  return requests;
}

/**
 * Holds every picture back until `release` is called, as on a slow connection, so anything without its room reserved
 * would move the page when it arrives.
 */
async function holdPictures(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/.*\.(avif|webp|jpe?g|png|svg)$/, async (route) => {
    await released;
    await route.continue();
  });
  return () => release();
}

/**
 * The layout shift caused once the pictures arrive, from the browser's own layout-shift entries: the page is let
 * settle first (its own scripts may move things), then the pictures are released and the page scrolled to the end.
 */
async function shiftFromPictures(page: Page, release: () => void): Promise<{ shift: number; pending: string[] }> {
  await page.waitForTimeout(800);
  const before = await page.evaluate(() => performance.now());
  release();
  const pending = await page.evaluate(async () => {
    const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    for (let y = 0; y < document.documentElement.scrollHeight; y += 300) {
      window.scrollTo(0, y);
      await settle(60);
    }
    // Every picture a reader could see arrives once scrolled to (those in hidden parts of the page never load, by
    // design); each is brought into view in turn, as a reader reaching it would.
    const shown = [...document.images].filter((img) => img.getClientRects().length > 0);
    for (const img of shown) {
      if (img.complete) continue;
      img.scrollIntoView({ block: 'center' });
      const deadline = Date.now() + 10_000;
      while (!img.complete && Date.now() < deadline) await settle(100);
    }
    window.scrollTo(0, 0);
    return shown.filter((img) => !img.complete).map((img) => img.currentSrc || img.src);
  });
  const shift = await page.evaluate(
    (since) =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const shifts = list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[];
          resolve(shifts.filter((s) => !s.hadRecentInput && s.startTime > since).reduce((sum, s) => sum + s.value, 0));
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(0), 500);
      }),
    before,
  );
  return { shift, pending };
}

/** The srcset candidate drawn at a width (from the picture's first <source>, or the <img> itself), as a full URL. */
const candidate = (img: Locator, width: number) =>
  img.evaluate(
    (el: HTMLImageElement, w) =>
      new URL(
        (el.parentElement!.querySelector('source') ?? el).srcset
          .split(',')
          .map((c) => c.trim().split(/\s+/))
          .find(([, d]) => d === `${w}w`)![0]!,
        location.href,
      ).href,
    width,
  );

for (const width of [1280, 390]) {
  test(`pictures load into the room kept for them, with no layout shift, at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const path of ['/events/photo-event/', '/events/portrait-event/', '/events/document-event/', '/']) {
      const release = await holdPictures(page);
      await page.goto(`${ORIGIN}${path}`, { waitUntil: 'domcontentloaded' });
      const { shift, pending } = await shiftFromPictures(page, release);
      expect(pending, path).toEqual([]);
      expect(shift, path).toBe(0);
      await page.unrouteAll();
      // Every picture arrived, in a modern format, none wider than the page, each with its alt text.
      const pictures = await page.locator('figure img').evaluateAll((imgs) =>
        (imgs as HTMLImageElement[]).map((img) => ({
          loaded: img.complete && img.naturalWidth > 0,
          src: img.currentSrc,
          right: img.getBoundingClientRect().right,
          alt: img.getAttribute('alt'),
        })),
      );
      expect(pictures.length, path).toBeGreaterThan(0);
      for (const p of pictures) {
        expect(p.loaded, p.src).toBe(true);
        expect(p.right, p.src).toBeLessThanOrEqual(width);
        expect(p.alt, p.src).not.toBeNull();
        if (!p.src.endsWith('.svg')) expect(p.src).toMatch(path === '/' ? /\.webp$/ : /\.avif$/);
      }
    }
  });
}

test('a player from another site makes no request to it until the reader presses Play, then loads under the CSP', async ({
  context,
  page,
}) => {
  const violations = await watchViolations(context, page);
  const outside = await watchOtherOrigins(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  const response = await page.goto(`${ORIGIN}/events/video-event/`);
  expect(response!.headers()['content-security-policy']).toContain(
    "frame-src 'self' https://w.soundcloud.com https://www.youtube-nocookie.com",
  );
  await page.waitForLoadState('networkidle');
  await page.locator('.media-player').scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  expect(outside).toEqual([]);
  const still = await page.locator('.media-player').boundingBox();
  const play = page.getByRole('button', { name: 'Play on YouTube: loads content from youtube.com' });
  await expect(play).toBeVisible();
  await expect(page.locator('.media-player img')).toHaveAttribute('alt', 'Press conference after the verdict');
  await expect(page.locator('figure.media--player figcaption')).toContainText('Credit: Fixture Broadcasting');
  await expectNoAxeViolations(page);
  expect(outside).toEqual([]);
  await play.click();
  const frame = page.locator('.media-player iframe');
  await expect(frame).toHaveAttribute('title', 'Press conference after the verdict');
  await expect.poll(() => outside.length).toBeGreaterThan(0);
  expect(outside.map((url) => new URL(url).origin)).toEqual(['https://www.youtube-nocookie.com']);
  // The player loaded in its frame: the CSP and the Permissions-Policy let it, and nothing was refused.
  await expect(page.frameLocator('.media-player iframe').getByText('A stand-in player')).toBeVisible();
  expect(violations).toEqual([]);
  // The frame takes the still's room exactly, and has the focus.
  expect(await frame.boundingBox()).toEqual(still);
  await expect(frame).toBeFocused();
});

test('the SoundCloud player waits too, and the site’s own pages never call another server', async ({ page }) => {
  const outside = await watchOtherOrigins(page);
  for (const path of ['/', '/events/audio-event/', '/events/self-hosted-event/', '/present/', '/print/']) {
    await page.goto(`${ORIGIN}${path}`);
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(200);
  }
  expect(outside).toEqual([]);
  await page.goto(`${ORIGIN}/events/audio-event/`);
  await page.getByRole('button', { name: 'Play on SoundCloud: loads content from soundcloud.com' }).click();
  await expect.poll(() => outside.map((url) => new URL(url).host)).toEqual(['w.soundcloud.com']);
});

test('self-hosted audio plays with native controls, and video carries its captions', async ({ page }) => {
  await page.goto(`${ORIGIN}/events/self-hosted-event/`);
  const duration = await page.locator('audio.media-audio').evaluate(
    (audio: HTMLAudioElement) =>
      new Promise<number>((resolve) => {
        audio.addEventListener('loadedmetadata', () => resolve(audio.duration), { once: true });
        audio.preload = 'metadata';
        audio.load();
      }),
  );
  expect(duration).toBeGreaterThan(0.5);
  const cues = await page.locator('video.media-video').evaluate(
    (video: HTMLVideoElement) =>
      new Promise<string[]>((resolve) => {
        const track = video.querySelector('track')!;
        const read = () => resolve([...(track.track.cues ?? [])].map((cue) => (cue as VTTCue).text));
        if (track.readyState === 2) read();
        else track.addEventListener('load', read, { once: true });
        track.track.mode = 'hidden';
      }),
  );
  expect(cues).toEqual(['The director speaks.']);
  await expectNoAxeViolations(page);
});

test('the detail panel shows the entry’s picture large, from the same set of sizes, with caption and credit', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${ORIGIN}/?event=photo-event`);
  const panel = page.locator('[data-detail]');
  await expect(panel).toBeVisible({ timeout: 30_000 });
  const img = panel.locator('.event-thumb img');
  await expect(img).toHaveAttribute('alt', 'A blue picture with a pale circle and the words Council House');
  // The list asked for its 6rem thumbnail; the panel's copy asks for the 640-wide file from the same set.
  const wanted = await candidate(img, 640);
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.currentSrc)).toBe(wanted);
  // Beside the words at the width the srcset was asked for (22rem), so the title is not pushed off the screen.
  const box = (await img.boundingBox())!;
  expect(box.width).toBeGreaterThan(300);
  expect(box.width).toBeLessThanOrEqual(353);
  const title = (await panel.locator('.event-title a').boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(title.x + title.width);
  expect(box.y).toBeLessThan(title.y + title.height);
  await expect(panel.locator('.event-thumb figcaption')).toHaveText(
    'The council house, where the report was presented. Credit: Photo: Fixture Studio',
    { useInnerText: true },
  );
  // In the list the same entry shows the credit only.
  await expect(page.locator('#photo-event .event-thumb figcaption')).toHaveText('Credit: Photo: Fixture Studio', {
    useInnerText: true,
  });
  await expectNoAxeViolations(page, '[data-detail]');
  // A document's first page is shown whole in the panel, a small page beside the words, never the panel's width.
  await page.goto(`${ORIGIN}/?event=document-event`);
  await expect(panel).toBeVisible({ timeout: 30_000 });
  const cover = (await panel.locator('.event-thumb img').boundingBox())!;
  expect(cover.width).toBeLessThanOrEqual(161);
  expect(cover.height / cover.width).toBeCloseTo(2264 / 1600, 1);
  // In the list only its top shows, no taller than it is wide.
  const listed = (await page.locator('#document-event .event-thumb img').boundingBox())!;
  expect(listed.height).toBeLessThanOrEqual(listed.width + 1);
});

test('an approximate (circa) date is drawn hollow and dashed on the timeline, and written "c."', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${ORIGIN}/?event=plain-event`);
  const marker = page.locator('.tl-mark[data-id="plain-event"]');
  await expect(marker).toHaveClass(/\bis-circa\b/, { timeout: 30_000 });
  await expect(page.locator('.tl-mark.is-circa')).toHaveCount(1);
  await expect(page.locator('#plain-event .event-date')).toHaveText('c. May 2015');
});

test('the list’s first load stays within the JavaScript budget, and its thumbnails wait to be scrolled to', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const js: number[] = [];
  const thumbnails: string[] = [];
  page.on('response', async (response) => {
    const type = response.request().resourceType();
    if (type === 'script') js.push(gzipSync(await response.body(), { level: 9 }).length);
    if (type === 'image' && response.url().endsWith('.webp')) thumbnails.push(response.url());
  });
  await page.goto(`${ORIGIN}/`, { waitUntil: 'networkidle' });
  // ≤ 20 KB of gzipped JavaScript before the timeline (the performance budget of the timeline issue).
  expect(js.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(20 * 1024);
  const all = await page.locator('.event-thumb img').count();
  expect(all).toBe(5);
  expect(thumbnails.length).toBeLessThan(all);
  await page.locator('#portrait-event').scrollIntoViewIfNeeded();
  await expect.poll(() => thumbnails.length).toBe(all);
  await context.close();
});

test('the projector view shows the picture large beside the words, all of it on the screen', async ({ page }) => {
  // A projector's 1280 × 800: the picture stands beside the title, and its caption and credit are on the screen.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${ORIGIN}/present/?event=photo-event`);
  const picture = page.locator('#slide-photo-event figure img');
  await expect(picture).toBeVisible();
  const box = (await picture.boundingBox())!;
  expect(box.height).toBeGreaterThan(300);
  const title = (await page.locator('#slide-title-photo-event').boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(title.x + title.width);
  const caption = page.locator('#slide-photo-event figcaption');
  await expect(caption).toContainText('Credit: Photo: Fixture Studio');
  await expect(caption).toBeInViewport({ ratio: 1 });
  // Half the screen wide: the 640-wide file, not the 1280.
  await expect
    .poll(() => picture.evaluate((el: HTMLImageElement) => el.complete && el.currentSrc))
    .toBe(await candidate(picture, 640));
  // A document's first page, framed to its own shape, and its link and credit on the screen too.
  await page.goto(`${ORIGIN}/present/?event=document-event`);
  const page1 = (await page.locator('#slide-document-event .media-page').boundingBox())!;
  expect(page1.height / page1.width).toBeCloseTo(720 / 509, 1);
  await expect(page.locator('#slide-document-event figcaption')).toBeInViewport({ ratio: 1 });
  // A film of the newsroom's own keeps within the screen's height.
  await page.goto(`${ORIGIN}/present/?event=self-hosted-event`);
  await expect(page.locator('#slide-self-hosted-event figcaption').first()).toBeInViewport({ ratio: 1 });
  // On a phone held upright the picture follows the words, the width of the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${ORIGIN}/present/?event=photo-event`);
  const upright = (await picture.boundingBox())!;
  const summary = (await page.locator('#slide-photo-event .slide-summary').boundingBox())!;
  expect(upright.y).toBeGreaterThan(summary.y + summary.height);
  expect(upright.width).toBeGreaterThan(340);
});

test('print shows a still and the address for a film or recording, never a player, and packs /print/', async ({
  page,
}) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto(`${ORIGIN}/events/self-hosted-event/`);
  await expect(page.locator('video')).toBeHidden();
  await expect(page.locator('audio')).toBeHidden();
  const still = page.locator('img.media-print-still');
  await expect(still).toBeVisible();
  await expect.poll(() => still.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
  const addresses = page.locator('.media-address');
  await expect(addresses).toHaveText([
    /^\s*<http:\/\/[^>]+\/files\/media\/interview\.mp4>$/,
    /^\s*<http:\/\/[^>]+\/files\/media\/statement\.mp3>$/,
  ]);
  // On screen the film plays, and neither the printed still nor the address shows.
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('video')).toBeVisible();
  await expect(still).toBeHidden();
  await expect(addresses.first()).toBeHidden();
  // A player from another site prints its still and the page's address on that site.
  await page.emulateMedia({ media: 'print' });
  await page.goto(`${ORIGIN}/events/video-event/`);
  await expect(page.locator('.media-play')).toBeHidden();
  await expect(page.locator('.media-still')).toBeVisible();
  await expect(page.locator('.media-address')).toHaveText(/^\s*<https:\/\/www\.youtube\.com\/watch\?v=dQw4w9WgXcQ>$/);

  await page.goto(`${ORIGIN}/print/`);
  const figures = page.locator('.print-event figure.media');
  await expect(figures).toHaveCount(8);
  await expect(page.locator('.print-event .media-play')).toHaveCount(2);
  await expect(page.locator('.print-event .media-play').first()).toBeHidden();
  await expect(page.locator('.print-event video, .print-event audio').first()).toBeHidden();
  const heights = await page
    .locator('.print-event figure.media img')
    .evaluateAll((imgs) =>
      imgs.filter((img) => img.checkVisibility()).map((img) => img.getBoundingClientRect().height),
    );
  // The packed reference keeps a picture small beside its caption: 3.5 cm in CSS pixels is about 132.
  expect(heights.length).toBeGreaterThan(5);
  expect(Math.max(...heights)).toBeLessThanOrEqual(133);
  // Every picture is there for the printer, not waiting to be scrolled to.
  await expect
    .poll(() =>
      page
        .locator('.print-event figure.media img')
        .evaluateAll((imgs) => (imgs as HTMLImageElement[]).filter((i) => !i.complete || i.naturalWidth === 0).length),
    )
    .toBe(0);
});

test('event pages with every kind of media pass axe', async ({ page }) => {
  for (const path of [
    '/events/photo-event/',
    '/events/document-event/',
    '/events/audio-event/',
    '/events/portrait-event/',
  ]) {
    await page.goto(`${ORIGIN}${path}`);
    await expectNoAxeViolations(page);
  }
});

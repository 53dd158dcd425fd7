import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { events } from './site-data.ts';
import { app } from './timeline-page.ts';
import { headersFor, parseHeadersFile } from '../support/headers-file.ts';
import { serveFolder } from '../support/static-server.ts';
import { testPort } from '../support/ports.ts';
import { watchViolations } from './policy-violations.ts';

// dist/ as a static host serves it: with the _headers the build wrote applied to every response, so the pages run
// under the real Content-Security-Policy header as well as their meta tag.
const dist = join(import.meta.dirname, '../../dist');
const PORT = testPort(4341);
const SITE = `http://127.0.0.1:${PORT}`;
// The newsroom's article, on another origin.
const HOST_PORT = testPort(4342);
const HOST = `http://localhost:${HOST_PORT}`;
let site: Server;
let host: Server;
let hostHtml = '';
test.beforeAll(async () => {
  const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
  site = await serveFolder(dist, PORT, '/', { headers: (path) => headersFor(rules, path), likeStaticHost: true });
  host = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostHtml));
  await new Promise<void>((resolve) => host.listen(HOST_PORT, '127.0.0.1', resolve));
});
test.afterAll(() => {
  site?.close();
  host?.close();
});

test.describe('every page kind works under the Content-Security-Policy, with no violation', () => {
  test('/ with the interactive timeline, filters, search and the Embed dialog', async ({ context, page }) => {
    const violations = await watchViolations(context, page);
    const response = await page.goto(`${SITE}/`);
    expect(response!.headers()['content-security-policy']).toContain("frame-ancestors 'self'");
    // The timeline itself, which loads as it comes near (the story's chapters sit above it).
    await page.locator('#timeline').scrollIntoViewIfNeeded();
    await expect(app(page)).toHaveAttribute('data-timeline-ready', 'true', { timeout: 30_000 });
    // vis-timeline's stylesheet is in, and laid the timeline out.
    await expect(page.locator('style[data-vis-timeline]')).toHaveCount(1);
    await expect(page.locator('#timeline .tl-mark').filter({ visible: true }).first()).toBeVisible();
    // Choose an event with the keyboard (the detail panel opens), then filter by text, pressing Enter as readers do.
    await page.locator('#timeline .tl-mark[tabindex="0"]').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-detail]')).toBeVisible();
    await page.keyboard.press('Escape');
    await page.locator('#filter-q').fill('inspection');
    await page.locator('#filter-q').press('Enter');
    await expect(page).toHaveURL(/q=inspection/);
    await page.getByRole('button', { name: 'Embed' }).click();
    const preview = page.frameLocator('iframe[data-embed-preview]');
    await expect(preview.locator('li[data-event-id]').first()).toBeAttached();
    await page.getByRole('dialog').getByLabel('Dark').check();
    await page.keyboard.press('Escape');
    // The service worker registers under worker-src (default-src 'self').
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    expect(violations).toEqual([]);
  });

  const pages = [
    `/events/${events[3]!.id}/`,
    '/about/',
    '/classroom/',
    '/handout/',
    '/print/',
    `/embed/?view=compact&theme=dark`,
    `/embed/${events[3]!.id}/`,
    ...(existsSync(join(dist, 'years')) ? [`/years/${readdirSync(join(dist, 'years'))[0]}/`] : []),
  ];
  for (const path of pages) {
    test(path, async ({ context, page }) => {
      const violations = await watchViolations(context, page);
      await page.goto(`${SITE}${path}`);
      await page.waitForLoadState('load');
      if (path.startsWith('/embed/'))
        await expect(page.getByRole('link', { name: 'Open the full timeline' })).toBeVisible();
      else {
        await page.getByRole('button', { name: 'Embed' }).click();
        await expect(page.frameLocator('iframe[data-embed-preview]').locator('main')).toBeAttached();
        await page.keyboard.press('Escape');
      }
      expect(violations).toEqual([]);
    });
  }

  test('/classroom/, saving the site for offline use', async ({ context, page }) => {
    const violations = await watchViolations(context, page);
    await page.goto(`${SITE}/classroom/`);
    await page.getByRole('button', { name: /^Save for offline use/ }).click({ timeout: 30_000 });
    await expect(page.getByRole('status').filter({ hasText: 'Saved:' })).toBeVisible({ timeout: 30_000 });
    expect(violations).toEqual([]);
  });

  test('/present/, stepping through events past the content note', async ({ context, page }) => {
    const violations = await watchViolations(context, page);
    await page.goto(`${SITE}/present/`);
    await page.locator('main').focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('End');
    await expect(page.locator('[data-present]')).toHaveAttribute('data-current', /.+/);
    expect(violations).toEqual([]);
  });

  test('/present/, printing the handout from a frame out of sight', async ({ context, page }) => {
    const violations = await watchViolations(context, page);
    await context.addInitScript(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', 'true');
    });
    await page.goto(`${SITE}/present/`);
    await page.getByRole('button', { name: 'Print the handout' }).click();
    await expect(page.frameLocator('iframe.print-frame').locator('html')).toHaveAttribute('data-printed', 'true');
    expect(violations).toEqual([]);
  });

  test('a page that does not exist gets the 404 page, under the policy', async ({ context, page }) => {
    const violations = await watchViolations(context, page);
    const response = await page.goto(`${SITE}/events/no-such-event/`);
    expect(response!.status()).toBe(404);
    await expect(page.locator('h1')).toBeVisible();
    expect(violations).toEqual([]);
  });

  test('a sandboxed embed in a newsroom article on another origin is interactive and resizes', async ({
    context,
    page,
  }) => {
    const violations = await watchViolations(context, page);
    const oembed = (await (await page.request.get(`${SITE}/oembed/site.json`)).json()) as { html: string };
    hostHtml = `<!doctype html><html lang="en"><head><title>Article</title></head><body><h1>Article</h1>${oembed.html.replace(/https?:\/\/[^/"]+\//g, `${SITE}/`).replace('height="900"', 'height="300"')}</body></html>`;
    await page.goto(`${HOST}/article.html`);
    const iframe = page.locator('iframe');
    await iframe.scrollIntoViewIfNeeded();
    // From a small starting height, embed.js sizes the frame to the article graphic.
    await expect.poll(async () => (await iframe.boundingBox())!.height, { timeout: 15_000 }).toBeGreaterThan(500);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('[data-timeline-app]')).toHaveAttribute('data-timeline-ready', 'true');
    await frame.locator('#timeline .tl-mark[tabindex="0"]').focus();
    await frame.locator('#timeline .tl-mark[tabindex="0"]').press('Enter');
    await expect(frame.locator('[data-detail]')).toBeVisible();
    expect(violations).toEqual([]);
  });
});

test('only embeds may be framed by another site: the rest of the site refuses (frame-ancestors)', async ({ page }) => {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/frame-ancestors/.test(message.text())) refused.push(message.text());
  });
  hostHtml = `<!doctype html><html lang="en"><head><title>Framing</title></head><body>
    <iframe id="about" src="${SITE}/about/" title="About"></iframe>
    <iframe id="embed" src="${SITE}/embed/" title="Embed"></iframe></body></html>`;
  await page.goto(`${HOST}/framing.html`);
  await expect(page.frameLocator('#embed').getByRole('link', { name: 'Open the full timeline' })).toBeVisible();
  await expect.poll(() => refused.length, { timeout: 10_000 }).toBeGreaterThan(0);
  expect(refused[0]).toContain(
    `Framing '${SITE}/' violates the following Content Security Policy directive: "frame-ancestors 'self'"`,
  );
  // The refused frame shows the browser's error page, not the site.
  await expect(page.frameLocator('#about').locator('.site-title')).toHaveCount(0);
  await expect(page.frameLocator('#embed').locator('[data-timeline-app]')).toHaveCount(1);
});

test('the security headers are on every response', async ({ page }) => {
  for (const path of ['/', '/embed/', '/timeline.json', '/_astro/', '/sw.js']) {
    const response = await page.request.get(`${SITE}${path}`, { maxRedirects: 0 });
    const headers = response.headers();
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy'], path).toContain('camera=()');
  }
  const embed = (await page.request.get(`${SITE}/embed/`)).headers()['content-security-policy'];
  expect(embed).toContain('frame-ancestors *');
  expect(embed).not.toContain("frame-ancestors 'self'");
});

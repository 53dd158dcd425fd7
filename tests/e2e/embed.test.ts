import { createServer, type Server } from 'node:http';
import { expectNoAxeViolations } from './axe.ts';
import { expect, test, type Page } from '@playwright/test';
import { events } from './site-data.ts';
import { testPort } from '../support/ports.ts';

// The host page is another origin (localhost, another port) on a real loopback server, as a newsroom's CMS would be.
const HOST_PORT = testPort(4331);
const HOST = `http://localhost:${HOST_PORT}`;
let hostHtml = '';
// A page of the host's origin that a frame could be navigated to, claiming a height.
const impostorHtml = `<!doctype html><title>Impostor</title><script>
  setInterval(() => { parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: 2345 }, '*'); window.sent = (window.sent || 0) + 1; }, 50);
</script>`;
let hostServer: Server;
test.beforeAll(async () => {
  hostServer = createServer((req, res) =>
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(req.url === '/impostor.html' ? impostorHtml : hostHtml),
  );
  await new Promise<void>((resolve) => hostServer.listen(HOST_PORT, '127.0.0.1', resolve));
});
test.afterAll(() => hostServer?.close());

async function hostPage(page: Page, baseURL: string, iframe: string, withScript: boolean) {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host article</title></head><body>
    <h1>A newsroom article</h1><p>Some text before the embed.</p>
    ${iframe.replaceAll('BASE', baseURL)}
    <p id="after">Text after the embed.</p>
    <script>window.messages = []; addEventListener('message', (e) => window.messages.push(e.data));</script>
    ${withScript ? `<script async src="${baseURL}/embed.js"></script>` : ''}
  </body></html>`;
  hostHtml = html;
  await page.goto(`${HOST}/article.html`);
}

const frameTag = (src: string, extra = '') =>
  `<iframe src="BASE${src}" title="Timeline" width="100%" height="300" loading="lazy" style="border:0;width:100%" data-timeline-embed ${extra}></iframe>`;

test('with embed.js, a sandboxed lazy iframe grows to fit and follows a filter change', async ({ page, baseURL }) => {
  // view=full: the whole page, every event listed, so the height follows the filters.
  await hostPage(page, baseURL!, frameTag('/embed/?view=full', 'sandbox="allow-scripts allow-popups"'), true);
  const iframe = page.locator('iframe');
  await iframe.scrollIntoViewIfNeeded();
  await expect.poll(async () => (await iframe.boundingBox())!.height, { timeout: 15_000 }).toBeGreaterThan(1500);
  const full = (await iframe.boundingBox())!.height;
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('header.site-header, footer.site-footer')).toHaveCount(0);
  await expect(frame.getByRole('link', { name: 'Open the full timeline' })).toHaveAttribute('href', /\/$/);
  await frame.getByRole('checkbox', { name: /^Reports/ }).uncheck();
  await frame.getByRole('checkbox', { name: /^Inspections/ }).uncheck();
  await expect.poll(async () => (await iframe.boundingBox())!.height, { timeout: 15_000 }).toBeLessThan(full - 500);
  const messages = await page.evaluate(() => (window as any).messages as unknown[]);
  expect(messages.some((m: any) => m?.sentinel === 'amp' && m.type === 'embed-size' && m.height > 0)).toBe(true);
  expect(messages.some((m) => typeof m === 'string' && m.startsWith('pym'))).toBe(false);
  expect(messages.some((m: any) => m?.message === 'height')).toBe(false);
});

test('without embed.js the plain iframe keeps its height and still works', async ({ page, baseURL }) => {
  await hostPage(page, baseURL!, frameTag('/embed/'), false);
  const iframe = page.locator('iframe');
  await iframe.scrollIntoViewIfNeeded();
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('li[data-event-id]').first()).toBeAttached();
  expect(Math.round((await iframe.boundingBox())!.height)).toBe(300);
});

test('an event= deep link opens that event inside the iframe', async ({ page, baseURL }) => {
  const target = events[12]!;
  await hostPage(
    page,
    baseURL!,
    frameTag(`/embed/?event=${target.id}`)
      .replace('width="100%"', 'width="1100"')
      .replace('width:100%', 'width:1100px'),
    true,
  );
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('[data-timeline-app]')).toHaveAttribute('data-selected', target.id);
  await expect(frame.locator(`li[data-event-id="${target.id}"]`)).toHaveAttribute('aria-current', 'true');
});

test('Pym and WordPress messages appear only when asked for', async ({ page, baseURL }) => {
  await hostPage(page, baseURL!, frameTag('/embed/?childId=tl-1#?secret=abc123'), false);
  await page.locator('iframe').scrollIntoViewIfNeeded();
  await expect.poll(async () => page.evaluate(() => (window as any).messages.length)).toBeGreaterThan(0);
  const messages = await page.evaluate(() => (window as any).messages as unknown[]);
  expect(messages.some((m) => typeof m === 'string' && /^pymxPYMxtl-1xPYMxheightxPYMx\d+$/.test(m))).toBe(true);
  expect(messages.some((m: any) => m?.message === 'height' && m.secret === 'abc123' && m.value > 0)).toBe(true);
});

test('childId and the WordPress secret are taken only in the shapes Pym.js and WordPress make', async ({
  page,
  baseURL,
}) => {
  await hostPage(page, baseURL!, frameTag('/embed/?childId=tl-1%22%3E%3Cx#?notsecret=abc123&x'), false);
  await page.locator('iframe').scrollIntoViewIfNeeded();
  await expect.poll(async () => page.evaluate(() => (window as any).messages.length)).toBeGreaterThan(0);
  const messages = await page.evaluate(() => (window as any).messages as unknown[]);
  expect(messages.some((m: any) => m?.sentinel === 'amp' && m.type === 'embed-size')).toBe(true);
  expect(messages.some((m) => typeof m === 'string' && m.startsWith('pym'))).toBe(false);
  expect(messages.some((m: any) => m?.message === 'height')).toBe(false);
});

test('embed.js runs only if it is byte for byte the file the code pins, and then sizes the frame', async ({
  page,
  baseURL,
}) => {
  const oembed = (await (await page.request.get(`${baseURL}/oembed/site.json`)).json()) as { html: string };
  // The code points at SITE_URL (localhost:4321 by default); serve it from the test server instead. A small starting
  // height shows that embed.js, once it runs, sizes the frame to the article graphic.
  const code = oembed.html.replace(/https?:\/\/[^/"]+\//g, `${baseURL}/`).replace('height="900"', 'height="300"');
  expect(code).toMatch(/ integrity="sha384-[^"]+" crossorigin="anonymous"/);
  hostHtml = `<!doctype html><html lang="en"><head><title>Host</title></head><body><h1>Article</h1>${code}</body></html>`;
  await page.goto(`${HOST}/oembed.html`);
  const iframe = page.locator('iframe');
  await iframe.scrollIntoViewIfNeeded();
  await expect.poll(async () => (await iframe.boundingBox())!.height, { timeout: 15_000 }).toBeGreaterThan(500);

  // One character of the hash changed, as if the file on the server had been altered: the browser refuses to run it.
  const errors: string[] = [];
  page.on('console', (message) => errors.push(message.text()));
  hostHtml = hostHtml.replace(/integrity="sha384-(.)/, (_, c: string) => `integrity="sha384-${c === 'A' ? 'B' : 'A'}`);
  await page.goto(`${HOST}/tampered.html`);
  await iframe.scrollIntoViewIfNeeded();
  await expect.poll(() => errors.some((text) => /integrity/i.test(text)), { timeout: 15_000 }).toBe(true);
  await expect(page.frameLocator('iframe').locator('li[data-event-id]').first()).toBeAttached();
  expect(Math.round((await iframe.boundingBox())!.height)).toBe(300);
});

test('embed.js ignores sizes from a page the frame was navigated to, on another origin', async ({ page, baseURL }) => {
  await hostPage(page, baseURL!, frameTag('/embed/?view=full'), true);
  const iframe = page.locator('iframe');
  await iframe.scrollIntoViewIfNeeded();
  await expect.poll(async () => (await iframe.boundingBox())!.height, { timeout: 15_000 }).toBeGreaterThan(1500);
  // The host page sends its own frame elsewhere: the same window (event.source matches), not the embed's origin.
  await page.evaluate((url) => {
    document.querySelector('iframe')!.contentWindow!.location.href = url;
  }, `${HOST}/impostor.html`);
  await expect
    .poll(async () => (await page.frame({ url: /impostor/ })?.evaluate(() => (window as any).sent as number)) ?? 0, {
      timeout: 10_000,
    })
    .toBeGreaterThan(20);
  expect(Math.round((await iframe.boundingBox())!.height)).not.toBe(2345);
});

test('a single-event embed shows the card, and its links open in a new tab', async ({ page }) => {
  const target = events.find((e) => e.sensitive) ?? events[0]!;
  await page.goto(`/embed/${target.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(target.title);
  await expect(page.locator('.content-note')).toBeVisible();
  await expect(page.locator('header.site-header, footer.site-footer, nav')).toHaveCount(0);
  expect(await page.evaluate(() => document.querySelector('base')?.target)).toBe('_blank');
});

test('theme, view and controls options apply', async ({ page }) => {
  await page.goto('/embed/?theme=dark&view=compact&controls=0');
  expect(await page.evaluate(() => getComputedStyle(document.body).colorScheme)).toBe('dark');
  await expect(page.locator('[data-filters]')).toBeHidden();
  const main = page.locator('main');
  expect(Math.round((await main.boundingBox())!.height)).toBe(560);
  expect(await main.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
  await page.goto('/embed/?theme=light');
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await page.evaluate(() => getComputedStyle(document.body).colorScheme)).toBe('light');
});

for (const path of ['/embed/?view=compact', `/embed/${events[0]!.id}/`]) {
  test(`axe is clean on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page);
  });
}

test('the Embed dialog builds code from the chosen options, copies it, and the pasted code works', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(120_000); // two full page loads with the timeline, a preview frame and a host page
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  const target = events[20]!;
  await page.goto(`/?event=${target.id}`);
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Open at this event')).toHaveValue(target.id);
  await dialog.getByLabel(/Compact/).check();
  await dialog.getByLabel('Dark').check();
  const code = dialog.getByLabel('Code to paste into your page');
  await expect(code).toHaveValue(new RegExp(`embed/\\?event=${target.id}&amp;view=compact&amp;theme=dark"`));
  await expect(code).toHaveValue(
    /<script async src="[^"]+\/embed\.js" integrity="sha384-[A-Za-z0-9+/=]{64}" crossorigin="anonymous"><\/script>$/,
  );
  await expect(code).toHaveValue(/ sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" /);
  await expect(dialog.locator('iframe[data-embed-preview]')).toHaveAttribute(
    'src',
    new RegExp(`/embed/\\?event=${target.id}&view=compact&theme=dark$`),
  );
  // The page behind is covered by the other axe tests; here, the open dialog.
  await expectNoAxeViolations(page, '[data-embed-dialog]');
  await dialog.getByRole('button', { name: 'Copy the code' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Copied.');
  const pasted = await page.evaluate(() => navigator.clipboard.readText());
  expect(pasted).toBe(await code.inputValue());
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Embed' })).toBeFocused();

  // The code points at SITE_URL (localhost:4321 by default); serve it from the test server instead, as a host would see it.
  const code2 = pasted.replace(/https?:\/\/[^/"]+\//g, `${baseURL}/`);
  hostHtml = `<!doctype html><html lang="en"><head><title>Host</title></head><body><h1>Article</h1>${code2}</body></html>`;
  await page.goto(`${HOST}/pasted.html`);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('[data-timeline-app]')).toHaveAttribute('data-selected', target.id);
  expect(await frame.locator('html').getAttribute('data-theme')).toBe('dark');
});

test('an event page offers that event as an embed', async ({ page }) => {
  const target = events[5]!;
  await page.goto(`/events/${target.id}/`);
  await page.getByRole('button', { name: 'Embed' }).click();
  await expect(page.getByRole('dialog').getByLabel('Code to paste into your page')).toHaveValue(
    new RegExp(`/embed/${target.id}/"`),
  );
});

test('the default embed is an article graphic: the timeline shows in a 680 px column, the list only on request', async ({
  page,
  baseURL,
}) => {
  await page.setViewportSize({ width: 1100, height: 900 });
  await hostPage(
    page,
    baseURL!,
    frameTag('/embed/').replace('width="100%"', 'width="680"').replace('width:100%', 'width:680px'),
    true,
  );
  const frame = page.frameLocator('iframe');
  await page.locator('iframe').scrollIntoViewIfNeeded();
  await expect(frame.locator('[data-timeline-app]')).toHaveAttribute('data-timeline-ready', 'true');
  await expect(frame.locator('#timeline .tl-mark').filter({ visible: true }).first()).toBeVisible();
  await expect(frame.locator('li[data-event-id]').first()).toBeHidden();
  await frame.getByText('List every event').click();
  await expect(frame.locator('li[data-event-id]').first()).toBeVisible();
  // No text under 12 px anywhere in the embed.
  const smallest = await frame.locator('body').evaluate(() => {
    let min = Infinity;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement!;
      if (!node.textContent!.trim() || el.closest('.visually-hidden, [hidden]') || !el.getClientRects().length)
        continue;
      min = Math.min(min, Number.parseFloat(getComputedStyle(el).fontSize));
    }
    return min;
  });
  expect(smallest).toBeGreaterThanOrEqual(12);
});

for (const [label, query] of [
  ['no event open', ''],
  ['an event with a content note open', '?event=khyra-ishaq-dies'],
  [
    'the event with the longest title open',
    `?event=${[...events].sort((a, b) => b.title.length - a.title.length)[0]!.id}`,
  ],
] as const) {
  test(`the article embed is at most 900 px tall in a 680 px column with embed.js, ${label}`, async ({
    page,
    baseURL,
  }) => {
    await hostPage(
      page,
      baseURL!,
      frameTag(`/embed/${query}`).replace('width="100%"', 'width="680"').replace('width:100%', 'width:680px'),
      true,
    );
    const iframe = page.locator('iframe');
    await iframe.scrollIntoViewIfNeeded();
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('[data-timeline-app]')).toHaveAttribute('data-timeline-ready', 'true');
    if (query) await expect(frame.locator('[data-detail]')).toBeVisible();
    // embed.js has sized the frame from its starting 300 px to the graphic, and the size has settled.
    await expect.poll(async () => (await iframe.boundingBox())!.height).toBeGreaterThan(500);
    let height = 0;
    await expect
      .poll(async () => {
        const before = height;
        height = (await iframe.boundingBox())!.height;
        return height === before;
      })
      .toBe(true);
    expect(height).toBeLessThanOrEqual(900);
    // Everything the article graphic promises is in the frame: the overview's leaders and key moments, the compact
    // timeline, the list on request and the links to the full timeline and its data.
    await expect(frame.locator('.ov-tenure').filter({ visible: true }).first()).toBeVisible();
    await expect(frame.locator('.ov-callout-label').filter({ visible: true }).first()).toBeVisible();
    const marker = query ? frame.locator('#timeline .tl-mark.is-selected') : frame.locator('#timeline .tl-mark');
    await expect(marker.filter({ visible: true }).first()).toBeVisible({ timeout: 15_000 });
    await expect(frame.getByText('List every event')).toBeVisible();
    await expect(frame.getByRole('link', { name: 'Open the full timeline' })).toBeVisible();
    await expect(frame.getByRole('link', { name: 'Get the data' })).toBeVisible();
  });
}

test('?event= inside an embed shows the event centred and its details in the frame', async ({ page }) => {
  const target = events.find((e) => e.id === 'keanu-williams-dies') ?? events[30]!;
  await page.setViewportSize({ width: 680, height: 1400 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`/embed/?event=${target.id}`);
  await expect(page.locator('[data-timeline-app]')).toHaveAttribute('data-selected', target.id);
  await expect(page.locator(`#timeline .tl-mark.is-selected[data-id="${target.id}"]`)).toBeInViewport();
  await expect(page.locator('[data-detail] .event-title')).toHaveText(target.title);
  await expect(page.locator('[data-detail] .event-title')).toBeInViewport();
});

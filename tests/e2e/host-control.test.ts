// Host-page control: an article on another origin drives a sandboxed embed through embed.js (TimelineEmbed.send) and
// hears what the reader chose (TimelineEmbed.on); messages from any window but the frame's own parent, and messages
// that are malformed or name ids the embed does not have, change nothing.
import { createServer, type Server } from 'node:http';
import { expect, test, type Page } from '@playwright/test';
import { dataset, events } from './site-data.ts';
import { testPort } from '../support/ports.ts';

const HOST_PORT = testPort(4333);
const HOST = `http://localhost:${HOST_PORT}`;
let hostHtml = '';
let hostServer: Server;
test.beforeAll(async () => {
  hostServer = createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostHtml),
  );
  await new Promise<void>((resolve) => hostServer.listen(HOST_PORT, '127.0.0.1', resolve));
});
test.afterAll(() => hostServer?.close());

const chapters = dataset.chapters!;
const [first, second, third] = chapters;

/** The article: the embed code's sandboxed frame, a sibling frame of the host's own, embed.js, and the host's script. */
async function article(page: Page, baseURL: string, src: string, hostScript: string) {
  hostHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host article</title></head><body>
    <h1>A newsroom article</h1>
    <iframe id="embed" src="${baseURL}${src}" title="Timeline" width="1100" height="700" style="border:0;width:1100px"
      sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" data-timeline-embed></iframe>
    <iframe id="sibling" title="Another widget" srcdoc="<p>Another widget</p>"></iframe>
    <script src="${baseURL}/embed.js"></script>
    <script>
      window.heard = [];
      const frame = document.getElementById('embed');
      for (const name of ['ready', 'select', 'chapter', 'view'])
        TimelineEmbed.on(name, (value, from) => heard.push([name, value, from.id]));
      ${hostScript}
    </script>
  </body></html>`;
  await page.goto(`${HOST}/article.html`);
}

const heard = (page: Page) => page.evaluate(() => (window as unknown as { heard: unknown[][] }).heard);
const send = (page: Page, message: unknown) =>
  page.evaluate((m) => {
    const w = window as unknown as { TimelineEmbed: { send(f: Element, m: unknown): void } };
    w.TimelineEmbed.send(document.getElementById('embed')!, m);
  }, message);

test.use({ viewport: { width: 1280, height: 900 } });

test('the article drives the embed: chapters and events, sent even before the embed is ready', async ({
  page,
  baseURL,
}) => {
  // Sent as the article loads, long before the frame's script runs: embed.js holds it until the embed says it is ready.
  await article(
    page,
    baseURL!,
    '/embed/',
    `TimelineEmbed.send(frame, { type: 'timeline:chapter', id: '${second!.id}' });`,
  );
  const frame = page.frameLocator('#embed');
  const app = frame.locator('[data-timeline-app]');
  await expect(frame.locator('[data-story] [data-chapter]:visible h3')).toHaveText(second!.title);
  await expect(app).toHaveAttribute('data-chapter', second!.id);
  await expect.poll(() => heard(page)).toContainEqual(['ready', null, 'embed']);

  await send(page, { type: 'timeline:chapter', id: third!.id });
  await expect(frame.locator('[data-story] [data-chapter]:visible h3')).toHaveText(third!.title);
  const target = events.find((e) => third!.events!.includes(e.id))!;
  await send(page, { type: 'timeline:select', id: target.id });
  await expect(app).toHaveAttribute('data-selected', target.id);
  // What the host asked for is not echoed back as if the reader had chosen it.
  expect((await heard(page)).filter(([name]) => name === 'select' || name === 'chapter')).toEqual([]);

  // Refused: ids the embed does not have, an event id given as a chapter, the wrong shape, a view it lacks.
  await send(page, { type: 'timeline:select', id: 'no-such-event' });
  await send(page, { type: 'timeline:chapter', id: target.id });
  await send(page, { type: 'timeline:chapter', id: first!.id, extra: true });
  await send(page, { type: 'timeline:select', id: { toString: null } });
  await send(page, { type: 'timeline:view', view: 'aligned-nowhere' });
  // A window that is not the frame's parent (a sibling frame on the same page) is not listened to at all.
  await page.evaluate((id) => {
    const sibling = document.getElementById('sibling') as HTMLIFrameElement;
    const script = sibling.contentDocument!.createElement('script');
    script.textContent = `parent.frames[0].postMessage({ type: 'timeline:chapter', id: ${JSON.stringify(id)} }, '*');
      parent.frames[0].postMessage({ type: 'timeline:select', id: null }, '*');`;
    sibling.contentDocument!.body.append(script);
  }, first!.id);
  // One last valid message from the parent: when it has been obeyed, everything sent before has been handled.
  await send(page, { type: 'timeline:view', view: 'timeline' });
  await send(page, { type: 'timeline:chapter', id: third!.id });
  await page.waitForTimeout(500);
  await expect(frame.locator('[data-story] [data-chapter]:visible h3')).toHaveText(third!.title);
  await expect(app).toHaveAttribute('data-selected', target.id);

  // null: out of the story.
  await send(page, { type: 'timeline:chapter', id: null });
  await expect(frame.locator('[data-story] [data-chapter]:visible')).toHaveCount(0);
});

test('the embed tells the article what the reader chose: chapters and events', async ({ page, baseURL }) => {
  await article(page, baseURL!, `/embed/?chapter=${first!.id}`, '');
  const frame = page.frameLocator('#embed');
  await expect(frame.locator('[data-story] [data-chapter]:visible h3')).toHaveText(first!.title);
  await expect.poll(() => heard(page)).toContainEqual(['ready', null, 'embed']);
  await frame.getByRole('button', { name: 'Next chapter' }).click();
  await expect.poll(() => heard(page)).toContainEqual(['chapter', second!.id, 'embed']);
  await expect(frame.locator('[data-timeline-app]')).toHaveAttribute('data-timeline-ready', 'true');
  const marker = frame.locator('#timeline .tl-mark[data-id]:not(.is-dimmed)').first();
  const id = await marker.getAttribute('data-id');
  await marker.click();
  await expect.poll(() => heard(page)).toContainEqual(['select', id, 'embed']);
  await frame.getByRole('button', { name: 'Leave the story' }).click();
  await expect.poll(() => heard(page)).toContainEqual(['chapter', null, 'embed']);
});

test('/embed/?chapter= is that chapter alone: its text and the timeline on its span, without the overview', async ({
  page,
}) => {
  await page.setViewportSize({ width: 900, height: 900 });
  await page.goto(`/embed/?chapter=${second!.id}`);
  await expect(page.locator('[data-story] [data-chapter]:visible h3')).toHaveText(second!.title);
  await expect(page.locator('.overview')).toBeHidden();
  await expect(page.locator('[data-timeline-app]')).toHaveAttribute('data-timeline-ready', 'true');
  const [from] = (await page.locator('[data-timeline-app]').getAttribute('data-window'))!.split('/');
  expect(new Date(from!).getUTCFullYear()).toBe(Number(second!.from.text.slice(0, 4)) - 1);
  await page.goto('/embed/');
  await expect(page.locator('[data-story]')).toBeHidden();
  await expect(page.locator('.overview')).toBeVisible();
});

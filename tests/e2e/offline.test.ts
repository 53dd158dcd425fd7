import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { buildSite, projectRoot } from '../build/build-helpers.ts';
import { serveFolder } from '../support/static-server.ts';
import { testPort } from '../support/ports.ts';

// One story published twice at the same address: before and after a correction the reader has not seen.
const PORT = testPort(4343);
const SITE = `http://127.0.0.1:${PORT}`;
const tmp = join(projectRoot, 'tests/.tmp');
const live = join(tmp, 'offline-e2e-live');
const ORIGINAL = 'Summary with 1 < 2 && "x" written exactly.';
const CORRECTED = 'Summary with 1 < 2 && "x" written plainly.';
let server: Server;
let versions: { before: string; after: string; takedown: string };

/** Publishes one build at the site's address, as a newsroom's deploy replaces the folder. */
function publish(folder: string) {
  rmSync(live, { force: true });
  symlinkSync(folder, live);
}

test.beforeAll(() => {
  test.setTimeout(180_000);
  mkdirSync(tmp, { recursive: true });
  const fixture = JSON.parse(readFileSync(join(projectRoot, 'tests/fixtures/valid.json'), 'utf8')) as {
    events: { summary: string }[];
  };
  const event = fixture.events.find((e) => e.summary === ORIGINAL)!;
  event.summary = CORRECTED;
  writeFileSync(join(tmp, 'offline-e2e-corrected.json'), JSON.stringify(fixture));
  const before = buildSite('tests/fixtures/valid.json', 'offline-e2e-before');
  const after = buildSite(join(tmp, 'offline-e2e-corrected.json'), 'offline-e2e-after');
  const takedown = buildSite('tests/fixtures/valid.json', 'offline-e2e-takedown', { OFFLINE: 'off' });
  for (const run of [before, after, takedown]) if (run.status !== 0) throw new Error(run.stderr);
  versions = { before: before.outDir, after: after.outDir, takedown: takedown.outDir };
});
test.beforeEach(async () => {
  publish(versions.before);
  server = await serveFolder(live, PORT, '/', { likeStaticHost: true });
});
test.afterEach(() => server?.close());

/** A teacher saves the site for offline use from the classroom page, and waits until it is saved. */
async function saveForOffline(page: Page) {
  await page.goto(`${SITE}/classroom/`);
  await page.getByRole('button', { name: /^Save for offline use/ }).click({ timeout: 30_000 });
  await expect(page.getByRole('status').filter({ hasText: 'Saved:' })).toBeVisible({ timeout: 30_000 });
}

/** The names of the caches the page's origin holds. */
const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

test('an offline reload after a correction shows the corrected text, once the reader has been online', async ({
  context,
  page,
}) => {
  test.setTimeout(120_000);
  // A teacher saves the site before the lesson, and reads the event.
  await saveForOffline(page);
  await context.setOffline(true);
  await page.goto(`${SITE}/events/later-case/`);
  await expect(page.locator('.event-summary')).toHaveText(ORIGINAL);
  const [first] = await cacheNames(page);

  // The correction is published. The teacher comes online and opens only the home page: the browser finds the new
  // sw.js, whose new worker fetches the saved site afresh, and takes over once the old pages are closed (never under
  // a page that is still open: that page may yet need the old version's scripts).
  await context.setOffline(false);
  publish(versions.after);
  await page.goto(`${SITE}/`);
  // The browser checks for a new sw.js after each navigation, in its own time; asking again, as browsers do on the
  // next navigation, keeps this test from depending on that timing.
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          if (!registration?.waiting) await registration?.update().catch(() => undefined);
          return Boolean(registration?.waiting);
        }),
      { message: 'the corrected build’s worker is installed and waiting', timeout: 60_000 },
    )
    .toBe(true);
  await page.close();
  const next = await context.newPage();
  await next.goto(`${SITE}/about/`);
  await expect.poll(() => cacheNames(next), { timeout: 30_000 }).not.toContain(first);
  expect((await cacheNames(next)).filter((name) => name.startsWith('timeline:'))).toHaveLength(1);

  // Offline again, the event page, not opened since the correction, is the corrected one.
  await context.setOffline(true);
  await next.goto(`${SITE}/events/later-case/`);
  await expect(next.locator('.event-summary')).toHaveText(CORRECTED);
  await context.setOffline(false);
});

test('a takedown build (OFFLINE=off) deletes the offline copy from a browser that kept it, at its next online visit', async ({
  context,
  page,
}) => {
  test.setTimeout(120_000);
  await saveForOffline(page);
  expect(await cacheNames(page)).toHaveLength(1);

  publish(versions.takedown);
  await page.goto(`${SITE}/about/`);
  await expect.poll(() => cacheNames(page), { timeout: 30_000 }).toEqual([]);
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) === undefined))
    .toBe(true);
  // The withdrawn build offers no save button and registers nothing.
  await page.goto(`${SITE}/classroom/`);
  await expect(page.getByRole('link', { name: /ZIP/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /Save for offline use/ })).toHaveCount(0);
  await page.waitForTimeout(4000);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) === undefined)).toBe(true);
  await context.setOffline(true);
  await expect(page.goto(`${SITE}/events/later-case/`)).rejects.toThrow(/ERR_INTERNET_DISCONNECTED|ERR_FAILED/);
  await context.setOffline(false);
});

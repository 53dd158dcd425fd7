// A newsroom's file can be far more crowded than ours: 1,000 synthetic events over 25 years, built and served here.
// One title holds characters HTML would read differently (the schema refuses tags): it must show exactly as written.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { app, drawnCount, windowOf } from './timeline-page.ts';
import { generateEvents } from '../support/generate-events.ts';
import { serveFolder } from '../support/static-server.ts';
import { buildSite, projectRoot } from '../build/build-helpers.ts';
import { sortEvents } from '../../src/core/summarize-dataset.ts';
import { validateDataset } from '../../src/core/validate-dataset.ts';
import { testPort } from '../support/ports.ts';

// Its own port: 4329 is the site under test, 4331 the embed tests' host page.
const PORT = testPort(4335);
const HOSTILE = 'Fees < £5 & "rising" &lt;img src=x onerror=alert(1)&gt; &amp; more';
const file = generateEvents(1000);
file.events[0]!.title = HOSTILE;
// The generator names nobody: one person to search for by name.
Object.assign(file.events[349]!, { people: [{ name: 'Zebedee Quill', role: 'Witness' }] });
const parsed = validateDataset(file);
if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
const sorted = sortEvents(parsed.data.events);
let server: Server;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  mkdirSync(join(projectRoot, 'tests/.tmp'), { recursive: true });
  const eventsFile = join(projectRoot, 'tests/.tmp/crowded-events.json');
  writeFileSync(eventsFile, JSON.stringify(file));
  const build = buildSite(eventsFile, 'crowded');
  if (build.status !== 0) throw new Error(`crowded build failed:\n${build.stderr}`);
  server = await serveFolder(build.outDir, PORT);
});
test.afterAll(() => server?.close());

const blocks = (page: Page) => page.locator('#timeline .tl-mark.is-block');
const singles = (page: Page) => page.locator('#timeline .tl-mark[data-id]');
async function open(page: Page) {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.locator('#timeline').scrollIntoViewIfNeeded();
  await expect(app(page)).toHaveAttribute('data-timeline-ready', 'true');
}

function span(value: string | null) {
  const { from, to } = windowOf(value);
  return to - from;
}

test('a crowded timeline opens on readable events, and the whole span shows as blocks that count every event', async ({
  page,
}) => {
  await open(page);
  // The first window holds the first events, drawn as markers, titled where there is room.
  await expect(singles(page).first()).toBeVisible();
  await expect(page.locator('#timeline .tl-label').first()).toBeVisible();

  await page.getByRole('button', { name: 'Show everything', exact: true }).click();
  await expect(blocks(page).first()).toBeVisible();
  const texts = await blocks(page).locator('.tl-count').allTextContents();
  expect(texts.every((t) => /^\d+( events)?$/.test(t.trim()))).toBe(true);
  // Nothing is dropped: blocks, clusters and single markers add up to every event in the file.
  await expect.poll(() => drawnCount(page)).toBe(file.events.length);
  await expectNoAxeViolations(page);
});

test('with 1,000 events the timeline stays within 480 px at 1280 × 800, at any zoom', async ({ page }) => {
  await open(page);
  const height = () => page.locator('#timeline').evaluate((el) => el.getBoundingClientRect().height);
  expect(await height()).toBeLessThanOrEqual(480);
  await page.getByRole('button', { name: 'Show everything', exact: true }).click();
  await expect(blocks(page).first()).toBeVisible();
  expect(await height()).toBeLessThanOrEqual(480);
});

test('a title with HTML-like text shows exactly as written, never parsed as HTML', async ({ page }) => {
  const first = sorted.find((e) => e.title === HOSTILE)!;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`http://127.0.0.1:${PORT}/?event=${first.id}`);
  await expect(app(page)).toHaveAttribute('data-timeline-ready', 'true');
  await expect(app(page)).toHaveAttribute('data-selected', first.id);
  await expect(page.locator('#timeline .tl-mark.is-selected')).toContainText(HOSTILE);
  await expect(page.locator(`#timeline .tl-label[data-id="${first.id}"]`)).toHaveText(HOSTILE);
  await expect(page.locator('#timeline img')).toHaveCount(0);
});

test('choosing a block zooms in to its stretch of time, where its events appear', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'Show everything', exact: true }).click();
  await expect(blocks(page).first()).toBeVisible();
  const wide = span(await app(page).getAttribute('data-window'));
  const singlesBefore = await singles(page).count();
  await blocks(page).nth(2).click();
  await expect.poll(async () => span(await app(page).getAttribute('data-window'))).toBeLessThan(wide / 4);
  await expect.poll(() => singles(page).count()).toBeGreaterThan(singlesBefore);
  await expect(app(page)).not.toHaveAttribute('data-selected');
});

test('from the crowded whole, the keyboard still reaches the last and first events, each shown on its own', async ({
  page,
}) => {
  await open(page);
  await page.getByRole('button', { name: 'Show everything', exact: true }).click();
  await expect(blocks(page).first()).toBeVisible();
  const selected = page.locator('#timeline .tl-mark.is-selected');
  // Zoomed out, every marker may be in a block or cluster: the timeline itself is then the tab stop.
  await page.locator('#timeline[tabindex="0"], #timeline .tl-mark[tabindex="0"]').first().focus();
  await page.keyboard.press('End');
  await expect(app(page)).toHaveAttribute('data-selected', sorted.at(-1)!.id);
  await expect(selected).toContainText(sorted.at(-1)!.title);
  await expect(selected).toBeInViewport();
  await page.keyboard.press('Home');
  await expect(app(page)).toHaveAttribute('data-selected', sorted[0]!.id);
  await expect(selected).toContainText(sorted[0]!.title);
  await page.keyboard.press('ArrowRight');
  await expect(app(page)).toHaveAttribute('data-selected', sorted[1]!.id);
  await expect(selected).toContainText(sorted[1]!.title);
});

test('a shared link to an event years from the start opens with it in view, drawn on its own', async ({ page }) => {
  const far = sorted.at(-1)!;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`http://127.0.0.1:${PORT}/?event=${far.id}`);
  await expect(app(page)).toHaveAttribute('data-timeline-ready', 'true');
  await expect(app(page)).toHaveAttribute('data-selected', far.id);
  const selected = page.locator('#timeline .tl-mark.is-selected');
  await expect(selected).toContainText(far.title);
  await page.locator('#timeline').scrollIntoViewIfNeeded();
  await expect(selected).toBeInViewport();
  const { from, to } = windowOf(await app(page).getAttribute('data-window'));
  expect(from).toBeLessThan(far.date.start);
  expect(to).toBeGreaterThan(far.date.start);
});

test("on the year index, search finds words in summaries and people's names, not only in titles", async ({ page }) => {
  await open(page);
  const search = page.getByLabel('Search titles, summaries and people');
  const status = page.locator('[data-filter-status]');
  await search.fill('quill');
  const total = file.events.length.toLocaleString('en-GB');
  await expect(status).toHaveText(`Showing 1 of ${total} events`);
  const words = ['court', 'review', 'board'];
  const matching = (text: (e: (typeof file.events)[number]) => string) =>
    file.events.filter((e) => words.every((w) => text(e).toLowerCase().includes(w))).length;
  const inTitleOrSummary = matching((e) => `${e.title} ${e.summary}`);
  // The words must be in more summaries than titles, or this would not tell the two apart.
  expect(inTitleOrSummary).toBeGreaterThan(matching((e) => e.title));
  await search.fill(words.join(' '));
  await expect(status).toHaveText(`Showing ${inTitleOrSummary} of ${total} events`);
});

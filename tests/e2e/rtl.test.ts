// The right-to-left edition: the Arabic fixture (tests/fixtures/languages/ar.json, 12 events over 2006–2016), built
// and served here. Time runs in the reading direction, as Arabic readers expect of a time line: the earliest event at
// the right of the timeline and of the overview, later events to the left; ← goes forward in time (it moves left, as
// the events do) and → back. Layout mirrors through logical properties; labels, tooltips, print and the handout follow.
// The story's views do the same: the time between's steps, the cases side by side, how long it took, and the chapters.
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { app } from './timeline-page.ts';
import { buildSite, projectRoot } from '../build/build-helpers.ts';
import { serveFolder } from '../support/static-server.ts';
import { testPort } from '../support/ports.ts';

// Its own port: 4329 is the site under test, 4331 the embed tests' host page, 4335 the crowded file.
const PORT = testPort(4345);
const BASE = `http://127.0.0.1:${PORT}`;
const fixture = join(projectRoot, 'tests/fixtures/languages/ar.json');
const story = JSON.parse(readFileSync(fixture, 'utf8')) as { events: { id: string; date: string; title: string }[] };
/** The events in time order (partial dates sort as text). */
const events = [...story.events].sort((a, b) => a.date.localeCompare(b.date));
const first = events[0]!;
const last = events.at(-1)!;
let server: Server;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const build = buildSite(fixture, 'rtl-ar');
  if (build.status !== 0) throw new Error(`Arabic build failed:\n${build.stderr}`);
  server = await serveFolder(build.outDir, PORT);
});
test.afterAll(() => server?.close());

async function openTimeline(page: Page, width = 1280) {
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${BASE}/`);
  await page.locator('#timeline').scrollIntoViewIfNeeded();
  await expect(app(page)).toHaveAttribute('data-timeline-ready', 'true');
  await expect(page.locator('#timeline .tl-mark').first()).toBeVisible();
}

/** The horizontal middle of an element on screen. */
const middle = async (locator: Locator) => {
  const box = (await locator.boundingBox())!;
  return box.x + box.width / 2;
};
const marker = (page: Page, id: string) => page.locator(`#timeline .tl-mark[data-id="${id}"] .tl-shape`);
const settle = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

test('the page is right to left, in Arabic', async ({ page }) => {
  await page.goto(`${BASE}/`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  // Logical properties mirror the layout: the story's title starts at the right of its column.
  const [text, column] = await page
    .locator('h1')
    .first()
    .evaluate((h1) => {
      const range = document.createRange();
      range.selectNodeContents(h1);
      return [range.getBoundingClientRect().right, h1.getBoundingClientRect().right];
    });
  expect(Math.abs(text - column)).toBeLessThan(2);
});

test('the timeline runs right to left: the first event at the right, each later one further left', async ({ page }) => {
  await openTimeline(page);
  await page.getByRole('button', { name: 'عرض الكل', exact: true }).click();
  await settle(page);
  await expect(marker(page, first.id)).toBeVisible();
  await expect(marker(page, last.id)).toBeVisible();
  const area = (await page.locator('#timeline .vis-panel.vis-center').boundingBox())!;
  const x = await Promise.all(
    events.map(async (e) => ((await marker(page, e.id).count()) ? middle(marker(page, e.id)) : undefined)),
  );
  const drawn = x.filter((v): v is number => v !== undefined);
  expect(drawn.length).toBeGreaterThanOrEqual(events.length - 2);
  expect(x[0]!).toBeGreaterThan(area.x + area.width / 2);
  expect(x.at(-1)!).toBeLessThan(area.x + area.width / 2);
  // In time order, never further right than the one before.
  for (let i = 1; i < drawn.length; i++) expect(drawn[i]!).toBeLessThanOrEqual(drawn[i - 1]! + 0.5);
  // The lane names stand at the start of the reading line: the right.
  const lanes = (await page
    .locator('#timeline .vis-panel.vis-left, #timeline .vis-panel.vis-right')
    .first()
    .boundingBox())!;
  expect(lanes.x).toBeGreaterThan(area.x);
});

test('labels sit beside their markers on the reading side, inside the timeline; the tooltip over its marker', async ({
  page,
}) => {
  await openTimeline(page);
  await settle(page);
  const area = (await page.locator('#timeline .vis-panel.vis-center').boundingBox())!;
  const labels = page.locator('#timeline .tl-label');
  expect(await labels.count()).toBeGreaterThan(2);
  for (const label of await labels.all()) {
    const id = (await label.getAttribute('data-id'))!;
    const box = (await label.boundingBox())!;
    const at = await middle(marker(page, id));
    // A label starts at its marker (or its leader line under it) and runs leftwards, as the text reads.
    expect(box.x + box.width, id).toBeLessThanOrEqual(at + 13);
    expect(box.x + box.width, id).toBeGreaterThan(at - 40);
    expect(box.x, id).toBeGreaterThanOrEqual(area.x - 1);
  }
  const id = (await labels.first().getAttribute('data-id'))!;
  await page.locator(`#timeline .tl-mark[data-id="${id}"]`).focus();
  const tip = page.locator('#timeline .tl-tooltip');
  await expect(tip).toBeVisible();
  const box = (await tip.boundingBox())!;
  const at = await middle(marker(page, id));
  expect(box.x).toBeLessThanOrEqual(at);
  expect(box.x + box.width).toBeGreaterThanOrEqual(at);
});

test('← goes forward in time and → back, as the events lie on screen', async ({ page }) => {
  await openTimeline(page);
  await page.getByRole('button', { name: 'عرض الكل', exact: true }).click();
  await settle(page);
  await page.locator(`#timeline .tl-mark[data-id="${first.id}"]`).focus();
  const start = await middle(marker(page, first.id));
  await page.keyboard.press('ArrowLeft');
  await expect(app(page)).toHaveAttribute('data-selected', events[1]!.id);
  await expect(page.locator(`#timeline .tl-mark[data-id="${events[1]!.id}"]`)).toBeFocused();
  expect(await middle(marker(page, events[1]!.id))).toBeLessThanOrEqual(start);
  await page.keyboard.press('ArrowLeft');
  await expect(app(page)).toHaveAttribute('data-selected', events[2]!.id);
  await page.keyboard.press('ArrowRight');
  await expect(app(page)).toHaveAttribute('data-selected', events[1]!.id);
  // The How to use list says so in Arabic: ← the next event.
  await expect(page.locator('[data-howto]')).toContainText('← و→: الحدث التالي أو السابق زمنيًا');
});

test('the overview runs right to left: the earliest year, bars and key moment at the right', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${BASE}/`);
  const year = (y: string) => middle(page.locator('.ov-year', { hasText: y }).first());
  expect(await year('2006')).toBeGreaterThan(await year('2016'));
  expect(await year('2006')).toBeGreaterThan(640);
  const bar = (y: string) => middle(page.locator(`.overview-bars rect[data-year="${y}"]`).first());
  expect(await bar('2006')).toBeGreaterThan(await bar('2008'));
  expect(await bar('2008')).toBeGreaterThan(await bar('2015'));
  // Each bar stands over its own year's label, mirrored together.
  expect(
    Math.abs((await bar('2008')) - (await year('2008')) - ((await year('2009')) - (await year('2008'))) / 2),
  ).toBeLessThan(12);
  const callout = (id: string) => middle(page.locator(`.ov-callout-link[data-event-id="${id}"]`));
  expect(await callout('first-inspection')).toBeGreaterThan(await callout('fourth-inspection'));
  // The leader who came first is further right.
  const tenure = (id: string) => middle(page.locator(`.ov-tenure-link[data-event-id="${id}"]`));
  expect(await tenure('new-director')).toBeGreaterThan(await tenure('second-director'));
});

test('axe finds nothing on the Arabic home page, an event page and the handout', async ({ page }) => {
  test.setTimeout(120_000);
  await openTimeline(page);
  await expectNoAxeViolations(page);
  await page.goto(`${BASE}/events/child-dies/`);
  await expectNoAxeViolations(page);
  await page.goto(`${BASE}/handout/`);
  await expectNoAxeViolations(page);
});

test('nothing overflows sideways at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  for (const path of [
    '/',
    '/?view=gaps',
    '/?view=aligned',
    '/?chapter=tragedy',
    '/events/child-dies/',
    '/classroom/',
    '/handout/',
    '/about/',
    '/present/',
  ]) {
    await page.goto(`${BASE}${path}`);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBe(0);
    // And nothing is cut off at either edge: in a right-to-left page what spills rightwards cannot be scrolled to
    // (scrollWidth counts only what spills leftwards), and a box that clips its content hides what spills anywhere.
    const offEdge = await page.evaluate(() =>
      [...document.body.querySelectorAll('*')]
        .filter((el) => el.getClientRects().length && getComputedStyle(el).visibility !== 'hidden')
        .filter((el) => !el.closest('.visually-hidden, [hidden], .skip-link'))
        // (What scrolls sideways inside its own box, a wide table, is reached by scrolling that box.)
        .filter((el) => {
          for (let up = el.parentElement; up && up !== document.body; up = up.parentElement)
            if (['auto', 'scroll'].includes(getComputedStyle(up).overflowX)) return false;
          return true;
        })
        .filter((el) => {
          const box = el.getBoundingClientRect();
          return box.left < -1 || box.right > document.documentElement.clientWidth + 1;
        })
        .map((el) => `${el.className || el.tagName} ${el.textContent?.slice(0, 20)}`),
    );
    expect(offEdge, path).toEqual([]);
  }
  // The overview’s tooltips (a key moment’s date and title, a leader’s role) open towards the middle of the page
  // (within a few pixels: the widest may touch the edge by its border).
  await page.goto(`${BASE}/`);
  const marks = page.locator('.ov-callout-link, .ov-tenure-link');
  expect(await marks.count()).toBeGreaterThan(3);
  for (const mark of await marks.all()) {
    await mark.focus();
    const name = (await mark.textContent()) ?? '';
    const tip = (await mark.locator('.ov-tip').boundingBox())!;
    expect(tip.width).toBeGreaterThan(20);
    expect(tip.x, name).toBeGreaterThanOrEqual(-4);
    expect(tip.x + tip.width, name).toBeLessThanOrEqual(324);
  }
});

test('print and the handout mirror too', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto(`${BASE}/print/`);
  // Notes carry their bar on the right, where the lines start.
  const note = page.locator('.print-list .content-note').first();
  const border = await note.evaluate((el) => [
    getComputedStyle(el).borderRightWidth,
    getComputedStyle(el).borderLeftWidth,
  ]);
  expect(parseFloat(border[0]!)).toBeGreaterThan(0);
  expect(border[1]).toBe('0px');
  await page.goto(`${BASE}/handout/`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const year = (y: string) => middle(page.locator('.ov-year', { hasText: y }).first());
  expect(await year('2006')).toBeGreaterThan(await year('2016'));
});

test('the projector view steps forward with ←, as its time line runs', async ({ page }) => {
  await page.goto(`${BASE}/present/?event=${first.id}`);
  const root = page.locator('[data-present]');
  await expect(root).toHaveAttribute('data-current', first.id);
  await page.keyboard.press('ArrowLeft');
  await expect(root).toHaveAttribute('data-current', events[1]!.id);
  await page.keyboard.press('ArrowRight');
  await expect(root).toHaveAttribute('data-current', first.id);
});

test('the time between runs right to left: the first event at the right, bars growing from the right, ← forward', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${BASE}/?view=gaps`);
  const steps = page.locator('[data-view="gaps"] .gaps-step');
  await expect(steps).toHaveCount(events.length);
  const step = (id: string) => page.locator(`[data-view="gaps"] .gaps-step[data-gap-id="${id}"]`);
  // The steps flow in the reading direction: the first at the right of the first row, the next to its left.
  const [a, b] = [(await step(first.id).boundingBox())!, (await step(events[1]!.id).boundingBox())!];
  expect(Math.abs(a.y - b.y)).toBeLessThan(2);
  expect(a.x).toBeGreaterThan(b.x);
  expect(a.x + a.width).toBeGreaterThan(1280 / 2);
  // A bar's filled part starts at its right end (where the event stands) and runs leftwards, towards the next.
  // (The first gap is the longest, a full bar; the second is shorter.)
  const bar = (await step(events[1]!.id).locator('.gaps-bar').boundingBox())!;
  const fill = (await step(events[1]!.id).locator('.gaps-bar-fill').boundingBox())!;
  expect(fill.width).toBeLessThan(bar.width);
  expect(Math.abs(fill.x + fill.width - (bar.x + bar.width))).toBeLessThan(1.5);
  // ← goes to the next event, the one to its left; → back.
  await step(first.id).locator('.gaps-event').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(step(events[1]!.id).locator('.gaps-event')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(step(first.id).locator('.gaps-event')).toBeFocused();
  await expect(step(first.id).locator('.gaps-interval')).toContainText('الحدث التالي:');
  await expectNoAxeViolations(page, '[data-view="gaps"]');
});

test('the cases side by side run right to left: what came before a case at its right, ← forward along a row', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${BASE}/?view=aligned`);
  const view = page.locator('[data-view="aligned"]');
  await expect(view).toBeVisible();
  const row = view.locator('.aligned-row', { has: page.locator('a[href$="/events/child-dies/"]') }).first();
  const mark = (id: string) => row.locator(`[data-aligned-mark][href$="/events/${id}/"]`);
  const [before, theCase, after] = await Promise.all(
    ['first-inspection', 'child-dies', 'independent-review'].map((id) => middle(mark(id))),
  );
  expect(before!).toBeGreaterThan(theCase!);
  expect(theCase!).toBeGreaterThan(after!);
  // The case's column (its name) stands at the start of the row: the right, beside its track.
  const name = (await row.locator('.aligned-name').boundingBox())!;
  expect(name.x).toBeGreaterThan(before!);
  // The axis: years before the case (−) at the right of its zero, years after (+) at the left; each centred on its
  // gridline; the rating band of the first rating starts at the right.
  const tick = (text: string) => middle(view.locator('.aligned-tick', { hasText: text }).first());
  const zero = await middle(view.locator('.aligned-tick--zero'));
  expect(await tick('−1')).toBeGreaterThan(zero);
  expect(await tick('+1')).toBeLessThan(zero);
  const line = (await row.locator('.aligned-gridline--zero').boundingBox())!;
  expect(Math.abs(zero - line.x)).toBeLessThan(3);
  expect(Math.abs(theCase! - line.x)).toBeLessThan(3);
  // ← moves forward in time along the row, → back.
  await mark('child-dies').focus();
  await page.keyboard.press('ArrowLeft');
  const next = page.locator(':focus');
  expect(await middle(next)).toBeLessThan(theCase!);
  await page.keyboard.press('ArrowRight');
  await expect(mark('child-dies')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  expect(await middle(page.locator(':focus'))).toBeGreaterThan(theCase!);
  await expectNoAxeViolations(page, '[data-view="aligned"]');
});

test('how long it took runs right to left: the event at the right end, what followed to its left', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${BASE}/events/child-dies/`);
  const strip = page.locator('.how-long-strip');
  const start = await middle(strip.locator('.how-long-start'));
  const later = await middle(strip.locator('.how-long-mark:not(.how-long-start)').last());
  const box = (await strip.boundingBox())!;
  expect(Math.abs(start - (box.x + box.width))).toBeLessThan(2);
  expect(later).toBeLessThan(start - 100);
  // The ends' words under it: the event's date at the right, the time to the last at the left.
  const ends = page.locator('.how-long-ends span');
  expect(await middle(ends.first())).toBeGreaterThan(await middle(ends.last()));
  await expect(page.locator('.how-long-list li').first()).toContainText('لاحقًا:');
});

test("the story's chapters: ← to the next chapter and → back, the arrows and the progress bar mirrored", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${BASE}/?chapter=warning`);
  const story = page.locator('[data-story]');
  const heading = () => story.locator('.chapter:not([hidden]) h3');
  await expect(heading()).toHaveText('الإنذار');
  await story.locator('#chapter-warning').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(heading()).toHaveText('المأساة');
  await expect(story.locator('[data-story-progress]')).toHaveText('الفصل 2 من 3');
  await page.keyboard.press('ArrowRight');
  await expect(heading()).toHaveText('الإنذار');
  // The next chapter's button is on the left and its arrow points left, the way forward; the progress bar fills from
  // the right.
  const next = story.getByRole('button', { name: 'الفصل التالي' });
  const previous = story.getByRole('button', { name: 'الفصل السابق' });
  expect(await middle(next)).toBeLessThan(await middle(previous));
  const arrow = (await next.locator('.dir-arrow').boundingBox())!;
  expect(arrow.x).toBeLessThan(await middle(next));
  expect(await next.locator('.dir-arrow').evaluate((el) => getComputedStyle(el).transform)).toBe(
    'matrix(-1, 0, 0, 1, 0, 0)',
  );
  const meter = (await story.locator('.story-meter').boundingBox())!;
  const fill = (await story.locator('[data-story-meter]').boundingBox())!;
  expect(fill.width).toBeGreaterThan(0);
  expect(Math.abs(fill.x + fill.width - (meter.x + meter.width - 1))).toBeLessThan(1.5);
  // The chapter's events: a date, the language's colon, a title.
  await expect(story.locator('#chapter-warning .chapter-event-list li').first()).toContainText(': ');
  await expectNoAxeViolations(page, '[data-story]');
});

test('a picture stands at the end of the line, and an address reads left to right inside Arabic', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${BASE}/`);
  // The list's thumbnail floats to the inline end (the left), the entry's words start at the right.
  const entry = page.locator('li[data-event-id="audit-report"]');
  await entry.scrollIntoViewIfNeeded();
  const thumb = (await entry.locator('.event-thumb').boundingBox())!;
  const title = (await entry.locator('.event-title a').boundingBox())!;
  expect(thumb.x + thumb.width).toBeLessThan(title.x);
  expect(thumb.x).toBeLessThan(1280 / 2);
  // The circa date in Arabic words.
  await expect(entry.locator('.event-date').first()).toContainText('نحو');
  // The citation's address is isolated, so its closing slash stays at its end.
  await page.goto(`${BASE}/events/audit-report/`);
  await expect(page.locator('.citation bdi[dir="ltr"]')).toHaveText(/^http:\/\/.*\/events\/audit-report\/$/);
  await expect(page.locator('figure.media .media-credit')).toHaveText('المصدر: تصوير: استوديو المثال');
});

const picture = { animations: 'disabled' as const, caret: 'hide' as const, maxDiffPixels: 60 };
test('picture: the Arabic home page at 1280 px', async ({ page }) => {
  // Tall enough for the overview, the rating sentence, the filters, the chapters, the view switch and the timeline.
  await page.setViewportSize({ width: 1280, height: 1900 });
  await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
  await page.goto(`${BASE}/`);
  await expect(app(page)).toHaveAttribute('data-timeline-ready', 'true');
  await expect(page.locator('#timeline .tl-mark').first()).toBeVisible();
  await settle(page);
  await expect(page).toHaveScreenshot('ar-home-1280.png', picture);
});

test('picture: the Arabic home page at 390 px', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
  await page.goto(`${BASE}/`);
  await settle(page);
  await expect(page).toHaveScreenshot('ar-home-390.png', picture);
});

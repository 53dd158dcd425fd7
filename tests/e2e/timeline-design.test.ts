// Issue 13, "The decade at a glance": the timeline fits one screen, its labels never collide, the turning points are
// always labelled, a link to an event shows it, and the keyboard works inside the timeline and nowhere else.
import { expect, test, type Page } from '@playwright/test';
import { events } from './site-data.ts';
import { app, windowOf } from './timeline-page.ts';

interface Box {
  id: string;
  kind: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The boxes of every visible label and marker inside the timeline, as the reader sees them. */
async function boxes(page: Page): Promise<{ labels: Box[]; marks: Box[] }> {
  return page.evaluate(() => {
    const area = document.querySelector('#timeline .vis-panel.vis-center')!.getBoundingClientRect();
    const of = (selector: string) =>
      [...document.querySelectorAll<HTMLElement>(selector)]
        .map((el) => {
          const r = el.getBoundingClientRect();
          return {
            id: el.dataset.id ?? el.dataset.key ?? '',
            kind: el.className,
            x: r.x,
            y: r.y,
            width: r.width,
            height: r.height,
          };
        })
        .filter((b) => b.width > 0 && b.x + b.width > area.left && b.x < area.right);
    return { labels: of('#timeline .tl-label'), marks: of('#timeline .tl-mark') };
  });
}

const overlap = (a: Box, b: Box) =>
  a.x + 0.5 < b.x + b.width && b.x + 0.5 < a.x + a.width && a.y + 0.5 < b.y + b.height && b.y + 0.5 < a.y + a.height;

async function collisions(page: Page) {
  const { labels, marks } = await boxes(page);
  const found: string[] = [];
  labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => overlap(a, b) && found.push(`${a.id} × ${b.id}`)));
  for (const label of labels)
    for (const mark of marks) if (overlap(label, mark)) found.push(`${label.id} × marker ${mark.id}`);
  // Marker targets never overlap either (WCAG 2.5.8: 24 × 24 px each).
  marks.forEach((a, i) => marks.slice(i + 1).forEach((b) => overlap(a, b) && found.push(`marker ${a.id} × ${b.id}`)));
  return { found, labels: labels.length };
}

async function openTimeline(page: Page, path = '/', width = 1280) {
  await page.setViewportSize({ width, height: 800 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(path);
  await page.locator('#timeline').scrollIntoViewIfNeeded();
  await expect(app(page)).toHaveAttribute('data-timeline-ready', 'true');
  await expect(page.locator('#timeline .tl-mark').first()).toBeVisible();
}

const settle = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

test('the whole timeline (axis and four lanes) fits in 480 px at 1280 × 800, opening on the story’s focus span', async ({
  page,
}) => {
  await openTimeline(page);
  const height = await page.locator('#timeline').evaluate((el) => el.getBoundingClientRect().height);
  expect(height).toBeLessThanOrEqual(480);
  expect(height).toBeGreaterThan(200);
  const { from, to } = windowOf(await app(page).getAttribute('data-window'));
  // data/events.json: focus December 2008 to January 2019.
  expect(from).toBeLessThan(Date.UTC(2008, 11, 1));
  expect(to).toBeGreaterThan(Date.UTC(2019, 0, 31));
  expect(to - from).toBeLessThan(12 * 365.25 * 86_400_000);
});

test('no two labels overlap, nor a label and a marker, at three zoom levels and at 600 px', async ({ page }) => {
  await openTimeline(page);
  const opening = await collisions(page);
  expect(opening.found).toEqual([]);
  expect(opening.labels).toBeGreaterThan(8);
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await settle(page);
  expect((await collisions(page)).found).toEqual([]);
  await page.getByRole('button', { name: 'Show everything', exact: true }).click();
  await settle(page);
  expect((await collisions(page)).found).toEqual([]);
  // The narrowest width that draws the timeline (an article column); phones read the list instead.
  await openTimeline(page, '/', 600);
  const narrow = await collisions(page);
  expect(narrow.found).toEqual([]);
  expect(narrow.labels).toBeGreaterThan(0);
});

test('at 390 px the timeline is not drawn: the list is the page', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await expect(page.locator('.timeline-region')).toBeHidden();
  await expect(page.locator('#timeline .tl-label')).toHaveCount(0);
  await expect(page.locator('li[data-event-id]').first()).toBeVisible();
});

test('every turning point in view is labelled, by its title or its short label', async ({ page }) => {
  await openTimeline(page);
  const { from, to } = windowOf(await app(page).getAttribute('data-window'));
  const highlighted = events.filter((e) => e.highlight && e.date.start >= from && e.date.start <= to);
  expect(highlighted.length).toBeGreaterThan(3);
  for (const event of highlighted) {
    const label = page.locator(`#timeline .tl-label[data-id="${event.id}"]`);
    await expect(label, event.id).toHaveCount(1);
    expect([event.title, event.label]).toContain(await label.textContent());
  }
});

test('a marker shows its full title on hover and on keyboard focus, and Escape hides it', async ({ page }) => {
  await openTimeline(page);
  const tooltip = page.locator('#timeline .tl-tooltip');
  const marker = page.locator('#timeline .tl-mark[data-id]').first();
  const event = events.find((e) => e.id === 'improvement-notice-2009') ?? events[0]!;
  await page.locator(`#timeline .tl-mark[data-id="${event.id}"]`).hover();
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(event.title);
  await page.mouse.move(0, 0);
  await expect(tooltip).toBeHidden();
  await marker.focus();
  await expect(tooltip).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();
});

test('/?event= opens with the event selected, centred, and the timeline and its details in view', async ({ page }) => {
  const target = events.find((e) => e.id === 'khyra-ishaq-dies')!;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`/?event=${target.id}`);
  await expect(app(page)).toHaveAttribute('data-timeline-ready', 'true');
  await expect(app(page)).toHaveAttribute('data-selected', target.id);
  await expect(page.locator('#timeline')).toBeInViewport();
  await expect(page.locator('[data-detail] .event-title')).toBeInViewport();
  await expect(page.locator('[data-detail] .event-title')).toHaveText(target.title);
  const { from, to } = windowOf(await app(page).getAttribute('data-window'));
  expect(Math.abs((from + to) / 2 - target.date.start)).toBeLessThan((to - from) * 0.05);
  await expect(page.locator(`#timeline .tl-mark.is-selected[data-id="${target.id}"]`)).toBeInViewport();
});

test('↑/↓ move to the nearest event in the lane above or below; ? opens the key list; Escape goes back', async ({
  page,
}) => {
  await openTimeline(page, '/?event=improvement-notice-2009');
  const marker = page.locator('#timeline .tl-mark.is-selected');
  await marker.focus();
  await page.keyboard.press('ArrowDown');
  // Lanes in order: reports, inspections, appointments, cases; the nearest appointment to February 2009.
  const notice = events.find((e) => e.id === 'improvement-notice-2009')!;
  const nearest = (type: string) =>
    events
      .filter((e) => e.type === type)
      .sort((a, b) => Math.abs(a.date.start - notice.date.start) - Math.abs(b.date.start - notice.date.start))[0]!;
  await expect(app(page)).toHaveAttribute('data-selected', nearest('appointment').id);
  await expect(page.locator('#timeline .tl-mark:focus')).toHaveAttribute('data-id', nearest('appointment').id);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('#timeline .tl-mark:focus')).toHaveAttribute('data-lane', 'report');
  await page.keyboard.press('?');
  const help = page.locator('[data-howto]');
  await expect(help).toHaveAttribute('open', '');
  await expect(page.locator('[data-howto-body]')).toBeFocused();
  for (const key of ['←', '↑', 'Home', 'Enter', 'Escape', '+', '?']) await expect(help).toContainText(key);
  await page.keyboard.press('Escape');
  await expect(help).not.toHaveAttribute('open', '');
  await expect(page.locator('#timeline .tl-mark:focus')).toHaveCount(1);
});

test('the timeline’s keys do nothing when focus is outside it', async ({ page }) => {
  await openTimeline(page);
  const before = {
    window: await app(page).getAttribute('data-window'),
    selected: await app(page).getAttribute('data-selected'),
  };
  const scroll = await page.evaluate(() => scrollY);
  for (const place of ['body', '#filter-q', '.timeline-toolbar button']) {
    await page.locator(place).first().focus();
    for (const key of ['ArrowRight', 'ArrowDown', 'Home', 'End', '+', '-', '?', 'Enter', 'Escape'])
      if (!(place !== 'body' && key === 'Enter')) await page.keyboard.press(key);
  }
  await page.locator('#filter-q').fill('');
  expect(await app(page).getAttribute('data-window')).toBe(before.window);
  expect(await app(page).getAttribute('data-selected')).toBe(before.selected);
  await expect(page.locator('[data-howto]')).not.toHaveAttribute('open', '');
  // The keys that scroll a page still scroll it (Home and End): the timeline does not take them over.
  expect(typeof scroll).toBe('number');
});

// Pictures of the timeline, so any change to what readers see shows up in review. System fonts, no animation;
// regenerate on purpose with: npx playwright test tests/e2e/timeline-design.test.ts --update-snapshots
const picture = { animations: 'disabled' as const, caret: 'hide' as const, maxDiffPixels: 60 };
for (const colorScheme of ['light', 'dark'] as const) {
  test(`picture: the timeline at 1280 px (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await openTimeline(page);
    await settle(page);
    await expect(page.locator('.timeline-region')).toHaveScreenshot(`timeline-1280-${colorScheme}.png`, picture);
  });
}

test('picture: the timeline in forced colours keeps its markers, lanes and focus', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
  await openTimeline(page, '/?event=improvement-notice-2009');
  await page.locator('#timeline .tl-mark.is-selected').focus();
  await settle(page);
  // In forced colours the markers and the focus ring take system colours, never transparent.
  const marker = await page
    .locator('#timeline .tl-mark.is-selected .tl-shape')
    .evaluate((el) => getComputedStyle(el).fill);
  expect(marker).not.toMatch(/rgba\(0, 0, 0, 0\)|none/);
  await expect(page.locator('#timeline')).toHaveScreenshot('timeline-forced-colors.png', picture);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  test('picture: the phone view keeps the list and the year strip', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/');
    // An entry at the top of the screen, so the picture does not depend on when the entries above it, laid out only
    // as they come near, take their own height.
    await page.locator('#eleanor-brazil-interim').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await expect(page).toHaveScreenshot('phone-390.png', picture);
  });
});

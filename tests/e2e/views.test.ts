// The views of issue 14 in the browser: ?view=gaps (the time between) and ?view=aligned (the cases side by side) as
// deep links and through the switch, on / and in an embed on another origin; their keyboard movement; the filters
// in the time between; "how long it took" in the detail panel; axe on each view; and without JavaScript, each view
// and its text alternative in the HTML, shown by the switch's links.
import { createServer, type Server } from 'node:http';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { events } from './site-data.ts';
import { testPort } from '../support/ports.ts';

const gaps = (page: Page) => page.locator('[data-timeline-app] [data-view="gaps"]');
const aligned = (page: Page) => page.locator('[data-timeline-app] [data-view="aligned"]');
const switcher = (page: Page) => page.getByRole('navigation', { name: 'Ways to see the story' });
const region = (page: Page) => page.locator('[data-timeline-region]');
const inspections = events.filter((e) => e.type === 'inspection');
/** Cases with related events that are not later steps of an earlier case (src/core/aligned-cases.ts), by hand. */
const ALIGNED_ROWS = 8;

test.describe('deep links and the switch', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('?view=gaps shows the time between in place of the timeline, every event a step', async ({ page }) => {
    await page.goto('/?view=gaps');
    await expect(gaps(page)).toBeVisible();
    await expect(region(page)).toBeHidden();
    await expect(aligned(page)).toBeHidden();
    await expect(switcher(page).getByRole('link', { name: 'The time between' })).toHaveAttribute(
      'aria-current',
      'true',
    );
    await expect(gaps(page).locator('.gaps-step')).toHaveCount(events.length);
    await expect(gaps(page).locator('.gaps-interval').first()).toHaveText('Next event: about 1 year later');
    await expectNoAxeViolations(page, '[data-view="gaps"]');
  });

  test('the switch changes the view and the URL, and back to the timeline', async ({ page }) => {
    await page.goto('/');
    await expect(gaps(page)).toBeHidden();
    await switcher(page).getByRole('link', { name: 'The cases side by side' }).click();
    await expect(page).toHaveURL(/\?view=aligned$/);
    await expect(aligned(page)).toBeVisible();
    await expect(aligned(page).locator('.aligned-row')).toHaveCount(ALIGNED_ROWS);
    await expect(region(page)).toBeHidden();
    await expect(aligned(page)).toBeFocused();
    await switcher(page).getByRole('link', { name: 'The time between' }).click();
    await expect(page).toHaveURL(/\?view=gaps$/);
    await expect(gaps(page)).toBeVisible();
    await expect(aligned(page)).toBeHidden();
    await switcher(page).getByRole('link', { name: 'On the timeline' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(region(page)).toBeVisible();
    await expect(gaps(page)).toBeHidden();
    // The timeline, hidden until now, is drawn when it comes back into view.
    await expect(page.locator('[data-timeline-app]')).toHaveAttribute('data-timeline-ready', 'true', {
      timeout: 15_000,
    });
  });

  test('filters apply to the time between: inspections only gives the time between judgements', async ({ page }) => {
    await page.goto('/?view=gaps&types=inspection');
    await expect(gaps(page).locator('.gaps-step')).toHaveCount(inspections.length);
    await expect(gaps(page).locator('[data-gaps-filtered]')).toBeVisible();
    await expect(gaps(page).locator('[data-gap-id="ofsted-2019"] .gaps-interval')).toHaveText(
      'Next event: about 1 year and 1 month later',
    );
    // Every event back: the steps follow.
    await page.getByRole('checkbox', { name: /^Reports/ }).check();
    await page.getByRole('checkbox', { name: /^Appointments/ }).check();
    await page.getByRole('checkbox', { name: /^Cases/ }).check();
    await expect(gaps(page).locator('.gaps-step')).toHaveCount(events.length);
    await expect(page).toHaveURL(/view=gaps/);
  });

  test('the time between: one tab stop, arrow keys from step to step, Enter opens the event', async ({ page }) => {
    await page.goto('/?view=gaps');
    const links = gaps(page).locator('.gaps-event');
    await expect(page.locator('[data-gaps-list] .gaps-event[tabindex="0"]')).toHaveCount(1);
    await links.first().focus();
    await page.keyboard.press('ArrowRight');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(2)).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('End');
    await expect(links.last()).toBeFocused();
    await expect(links.last()).toHaveAttribute('tabindex', '0');
    await expect(links.first()).toHaveAttribute('tabindex', '-1');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/events/${events.at(-1)!.id}/$`));
  });

  test('the cases side by side: a row per case, keys along and across the rows, axe-clean', async ({ page }) => {
    await page.goto('/?view=aligned');
    await expect(aligned(page).locator('.aligned-row')).toHaveCount(ALIGNED_ROWS);
    const khyra = aligned(page).locator('.aligned-row', { hasText: 'Khyra Ishaq' });
    const death = khyra.locator('.aligned-mark--case');
    await death.focus();
    await expect(aligned(page).locator('[data-aligned-readout]')).toContainText('Khyra Ishaq, 7, dies');
    await page.keyboard.press('ArrowRight');
    await expect(aligned(page).locator('[data-aligned-readout]')).toContainText('after');
    await page.keyboard.press('ArrowDown');
    const next = aligned(page).locator('.aligned-row').nth(2).locator('[data-aligned-mark]');
    await expect(next.and(page.locator(':focus'))).toHaveCount(1);
    await page.keyboard.press('Home');
    await expect(next.first()).toBeFocused();
    await expect(aligned(page).locator('.aligned-table')).toContainText('2 years and 2 months after');
    await expectNoAxeViolations(page, '[data-view="aligned"]');
  });

  test("the list's Show in timeline brings the timeline back in place of another view", async ({ page }) => {
    await page.goto('/?view=gaps');
    const item = page.locator('#events li[data-event-id="khyra-ishaq-dies"]');
    await item.getByRole('button').click();
    await expect(region(page)).toBeVisible();
    await expect(gaps(page)).toBeHidden();
    await expect(page).toHaveURL(/\?event=khyra-ishaq-dies$/);
    await expect(page.locator('[data-detail] .how-long')).toBeVisible({ timeout: 15_000 });
  });

  test('the detail panel says how long it took, from the payload', async ({ page }) => {
    await page.goto('/?event=khyra-ishaq-dies');
    const panel = page.locator('[data-detail]');
    await expect(panel).toBeVisible({ timeout: 15_000 });
    const strip = panel.locator('.how-long');
    await expect(strip.getByRole('heading', { name: 'How long it took' })).toBeVisible();
    await expect(strip.locator('.how-long-list li')).toHaveCount(4);
    await expect(strip.locator('.how-long-list li').last()).toContainText(
      '2 years and 2 months later: Khyra Ishaq review published in full',
    );
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  test('the time between reads down the page', async ({ page }) => {
    await page.goto('/?view=gaps');
    const steps = gaps(page).locator('.gaps-step');
    const [a, b] = [(await steps.nth(0).boundingBox())!, (await steps.nth(1).boundingBox())!];
    expect(b.y).toBeGreaterThan(a.y + a.height - 1);
    expect(Math.abs(b.x - a.x)).toBeLessThan(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });

  test('each view and its text alternative are in the page, shown by the switch', async ({ page }) => {
    await page.goto('/');
    // The time between: every step written.
    await expect(gaps(page).locator('.gaps-interval')).toHaveCount(events.length - 1);
    await expect(gaps(page).locator('.gaps-bar')).toHaveCount(events.length - 1);
    // The cases side by side: SVG-free marks placed at build time and a table of every mark with its offset.
    await expect(aligned(page).locator('.aligned-row')).toHaveCount(ALIGNED_ROWS);
    await expect(aligned(page).locator('.aligned-table tbody')).toHaveCount(ALIGNED_ROWS);
    await expect(aligned(page).locator('.aligned-table')).toContainText('2 years and 2 months after');
    await expect(page.locator('[data-rating-time]')).toContainText('Rated failing for 14 years and 9 months');
    // The switch's links work as plain links: the view is the target of the fragment.
    await expect(gaps(page)).toBeHidden();
    await switcher(page).getByRole('link', { name: 'The time between' }).click();
    await expect(page).toHaveURL(/\?view=gaps#view-gaps$/);
    await expect(gaps(page)).toBeVisible();
    // (axe needs JavaScript in the page: the same markup is checked with it above.)
    await switcher(page).getByRole('link', { name: 'The cases side by side' }).click();
    await expect(aligned(page)).toBeVisible();
    await expect(gaps(page)).toBeHidden();
  });

  test('an event page says how long it took, and /about/ the time at each rating', async ({ page }) => {
    await page.goto('/events/khyra-ishaq-dies/');
    await expect(page.locator('.how-long-list li')).toHaveText([
      /6 days later: Serious case review opened/,
      /1 year and 9 months later: Khyra Ishaq: manslaughter pleas/,
      /1 year and 9 months later: Khyra Ishaq: mother jailed/,
      /2 years and 2 months later: Khyra Ishaq review published/,
    ]);
    await page.goto('/about/');
    await expect(page.locator('[data-rating-time]')).toContainText(
      'Rated failing for 14 years and 9 months, weak for 3 years and 3 months',
    );
    await expect(page.locator('[data-rating-time]')).toContainText('How this is counted');
  });
});

// The host page is another origin, as a newsroom's CMS would be.
const HOST_PORT = testPort(4333);
let hostHtml = '';
let hostServer: Server;
test.describe('in an embed on another origin', () => {
  test.beforeAll(async () => {
    hostServer = createServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostHtml),
    );
    await new Promise<void>((resolve) => hostServer.listen(HOST_PORT, '127.0.0.1', resolve));
  });
  test.afterAll(() => hostServer?.close());
  test.use({ viewport: { width: 1280, height: 900 } });

  for (const [name, rows] of [
    ['gaps', '.gaps-step'],
    ['aligned', '.aligned-row'],
  ] as const) {
    test(`/embed/?view=${name} shows that view`, async ({ page, baseURL }) => {
      hostHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>
        <iframe src="${baseURL}/embed/?view=${name}" title="Timeline" width="100%" height="900" style="border:0;width:100%" sandbox="allow-scripts allow-popups"></iframe></body></html>`;
      await page.goto(`http://localhost:${HOST_PORT}/article.html`);
      const frame = page.frameLocator('iframe');
      const view = frame.locator(`[data-timeline-app] [data-view="${name}"]`);
      await expect(view).toBeVisible({ timeout: 15_000 });
      await expect(frame.locator('[data-timeline-region]')).toBeHidden();
      await expect(view.locator(rows)).toHaveCount(name === 'gaps' ? events.length : ALIGNED_ROWS);
      await expect(
        frame.getByRole('link', { name: name === 'gaps' ? 'The time between' : 'The cases side by side' }),
      ).toHaveAttribute('aria-current', 'true');
    });
  }

  test('the Embed dialog offers each view, and its preview shows it', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/The cases side by side: each/).check();
    await expect(dialog.getByLabel('Code to paste into your page')).toHaveValue(/embed\/\?view=aligned"/);
    const preview = dialog.locator('iframe[data-embed-preview]');
    await expect(preview).toHaveAttribute('src', /\/embed\/\?view=aligned$/);
    await expect(
      page.frameLocator('iframe[data-embed-preview]').locator('[data-view="aligned"] .aligned-row'),
    ).toHaveCount(ALIGNED_ROWS);
    await dialog.getByLabel(/The time between: every/).check();
    await expect(dialog.getByLabel('Code to paste into your page')).toHaveValue(/embed\/\?view=gaps"/);
  });

  test('the embed page itself is axe-clean in each view', async ({ page }) => {
    for (const name of ['gaps', 'aligned']) {
      await page.goto(`/embed/?view=${name}`);
      await expect(page.locator(`[data-timeline-app] [data-view="${name}"]`)).toBeVisible();
      await expectNoAxeViolations(page);
    }
  });
});

import { expect, test } from '@playwright/test';
import { dataset, events, formatPartialDate, precisionOf, sampleEvents } from './site-data.ts';

const pages = ['/', '/about/', ...sampleEvents().map((e) => `/events/${e.id}/`)];

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('the home page lists every event', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.title);
    await expect(page.locator('#events li[data-event-id]')).toHaveCount(events.length);
    const first = events[0]!;
    await expect(page.locator(`#events li[data-event-id="${first.id}"] h3`)).toHaveText(first.title);
  });

  test('every sampled event page shows its whole record', async ({ page }) => {
    for (const event of sampleEvents()) {
      await page.goto(`/events/${event.id}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title);
      await expect(page.locator('.event-summary')).toHaveText(event.summary);
      await expect(page.locator('.source-list li')).toHaveCount(event.sources.length);
      if (event.sensitive) await expect(page.locator('.content-note')).toBeVisible();
      if (event.note) await expect(page.locator('.event-note')).toContainText(event.note);
    }
  });

  test('about and 404 pages render', async ({ page }) => {
    await page.goto('/about/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  });
});

test('no page logs a console error or makes a third-party request', async ({ page, baseURL }) => {
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('request', (req) => {
    if (!req.url().startsWith(baseURL!) && !req.url().startsWith('data:')) foreign.push(req.url());
  });
  for (const path of pages) {
    await page.goto(path);
    await page.mouse.wheel(0, 20000);
    await page.waitForLoadState('networkidle');
  }
  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
});

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('nothing scrolls sideways', async ({ page }) => {
    for (const path of pages) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${path} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
    }
  });
});

for (const timezoneId of ['America/Los_Angeles', 'Pacific/Auckland']) {
  test.describe(`in the ${timezoneId} time zone`, () => {
    test.use({ timezoneId });
    test('day-precise dates read exactly as written', async ({ page }) => {
      const event = events.find((e) => precisionOf(e.date) === 'day')!;
      const expected = formatPartialDate(event.date, dataset.language);
      await page.goto('/');
      await expect(page.locator(`#events li[data-event-id="${event.id}"] .event-date`)).toHaveText(
        new RegExp(`^${expected}`),
      );
      await page.goto(`/events/${event.id}/`);
      await expect(page.locator('.event-detail .event-date')).toHaveText(new RegExp(`^${expected}`));
    });
  });
}

import { expect, test } from '@playwright/test';
import { dataset, events, eventWith, sampleEvents, samples } from './site-data.ts';
import { app, windowOf } from './timeline-page.ts';

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
    }
  });

  test('a sensitive event carries a content note, and an event that is not sensitive does not', async ({ page }) => {
    await page.goto(`/events/${samples.sensitive.id}/`);
    await expect(page.locator('.content-note')).toBeVisible();
    await page.goto(`/events/${samples.notSensitive.id}/`);
    await expect(page.locator('.content-note')).toHaveCount(0);
  });

  test("an event's note and figures are shown on its page", async ({ page }) => {
    await page.goto(`/events/${samples.note.id}/`);
    await expect(page.locator('.event-note')).toContainText(samples.note.note!);
    await page.goto(`/events/${samples.figures.id}/`);
    await expect(page.locator('.event-facts .figures li')).toHaveCount(samples.figures.figures!.length);
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

const DAY = 86_400_000;

// The site formats dates in UTC on purpose; these check what the browser itself computes in a reader's zone.
for (const timezoneId of ['America/Los_Angeles', 'Pacific/Auckland']) {
  test.describe(`in the ${timezoneId} time zone`, () => {
    test.use({ timezoneId, viewport: { width: 1280, height: 800 } });
    test('day-precise dates read exactly as written', async ({ page }) => {
      const event = eventWith('dated to the day, without an end', (e) => e.date.precision === 'day' && !e.end);
      const { year, month = 1, day = 1 } = event.date;
      const midnight = Date.UTC(year, month - 1, day);
      // Written out here, not with the site's own formatter, so a fault there cannot hide.
      const utc = (options: Intl.DateTimeFormatOptions) =>
        new Intl.DateTimeFormat(dataset.language, { ...options, timeZone: 'UTC' }).format(midnight);
      const written = utc({ day: 'numeric', month: 'long', year: 'numeric' });

      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(`/?from=${year}&to=${year}`);
      await page.locator('#timeline').scrollIntoViewIfNeeded();
      await expect(app(page)).toHaveAttribute('data-timeline-ready', 'true');
      await page.locator(`li[data-event-id="${event.id}"]`).getByRole('button', { name: 'Show in timeline' }).click();
      await expect(page.locator('[data-announcer]')).toHaveText(`${written}: ${event.title}`);
      await expect(page.locator('[data-detail] .event-date')).toHaveText(written);

      // Zoomed in to a fortnight, the window is centred on the event's own midnight (UTC)…
      for (let i = 0; i < 10; i++) await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
      const windowNow = async () => windowOf(await app(page).getAttribute('data-window'));
      await expect.poll(async () => ((w) => w.to - w.from)(await windowNow())).toBeLessThanOrEqual(15 * DAY);
      const { from, to } = await windowNow();
      expect(Math.abs((from + to) / 2 - midnight)).toBeLessThan(60_000);

      // …and its dot sits on that day of the axis, found between two labelled days of its month.
      const monthClass = `vis-${new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(midnight).toLowerCase()}`;
      const labels = await page
        .locator(`#timeline .vis-time-axis .vis-text.vis-minor.${monthClass}`)
        .evaluateAll((els) => els.map((el) => ({ day: Number(el.textContent), x: el.getBoundingClientRect().x })));
      expect(labels.length, `day labels of ${monthClass} on the axis`).toBeGreaterThanOrEqual(2);
      const [a, b] = labels as [{ day: number; x: number }, { day: number; x: number }];
      const dayX = a.x + ((day - a.day) * (b.x - a.x)) / (b.day - a.day);
      // The selected event's marker is centred on its instant.
      const dot = (await page.locator('#timeline .tl-mark.is-selected').boundingBox())!;
      expect(
        Math.abs(dot.x + dot.width / 2 - dayX),
        `dot at ${dot.x + dot.width / 2}, day ${day} at ${dayX}`,
      ).toBeLessThan(3);
    });
  });
}

import { expectNoAxeViolations } from './axe.ts';
import { expect, test, type Page } from '@playwright/test';
import { events, eventWith } from './site-data.ts';
import { formatPartialDate } from '../../src/core/partial-date.ts';
import { en } from '../../src/i18n/en.ts';
import { app, drawnCount, tabIntoTimeline, windowOf } from './timeline-page.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function openTimeline(page: Page, path = '/') {
  await page.goto(path);
  await page.locator('#timeline').scrollIntoViewIfNeeded();
  await expect(app(page)).toHaveAttribute('data-timeline-ready', 'true');
}

test('vis-timeline loads only when the timeline comes near', async ({ page }) => {
  const lazy: string[] = [];
  page.on('request', (r) => /timeline-view|timeline\.json/.test(r.url()) && lazy.push(r.url()));
  await page.setViewportSize({ width: 1280, height: 500 });
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(lazy).toEqual([]);
  await expect(app(page)).not.toHaveAttribute('data-timeline-ready');
  await page.locator('#timeline').scrollIntoViewIfNeeded();
  await expect(app(page)).toHaveAttribute('data-timeline-ready', 'true');
  expect(lazy.length).toBeGreaterThanOrEqual(2);
  await expect(page.locator('#timeline .vis-item')).not.toHaveCount(0);
});

test('a keyboard-only reader tabs into the timeline once and walks through events, each marker named by date and title', async ({
  page,
}) => {
  // Changed with issue 13: the tab stop is now the marker itself (roving focus), not a role="application" box, and
  // ←/→ move focus, which says the marker's name; the live region speaks for selections made from outside the timeline.
  await openTimeline(page);
  const focusedMarker = page.locator('#timeline .tl-mark:focus');
  await tabIntoTimeline(page);
  const expected = events.slice(0, 3);
  await page.keyboard.press('Home');
  await expect(app(page)).toHaveAttribute('data-selected', expected[0]!.id);
  await expect(focusedMarker).toHaveAccessibleName(
    `${formatPartialDate(expected[0]!.date, 'en-GB', en)}: ${expected[0]!.title}`,
  );
  for (const event of expected.slice(1)) {
    await page.keyboard.press('ArrowRight');
    await expect(app(page)).toHaveAttribute('data-selected', event.id);
    await expect(focusedMarker).toHaveAccessibleName(new RegExp(`: ${escape(event.title)}`));
  }
  await expect(page.locator('#timeline .tl-mark.is-selected')).toHaveCount(1);
  // One tab stop: the next Tab leaves the timeline.
  await page.keyboard.press('Tab');
  await expect(focusedMarker).toHaveCount(0);
  await page.keyboard.press('Shift+Tab');
  await expect(focusedMarker).toHaveCount(1);
  await page.keyboard.press('End');
  await expect(app(page)).toHaveAttribute('data-selected', events.at(-1)!.id);
  // Far away, so the timeline moves first; focus lands on the marker when it is there.
  await expect(focusedMarker).toHaveAccessibleName(new RegExp(escape(events.at(-1)!.title)));
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-detail]')).toBeFocused();
  await expect(page.locator('[data-detail] .event-title')).toHaveText(events.at(-1)!.title);
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-detail]')).toBeHidden();
  await expect(focusedMarker).toHaveCount(1);
  // + and - zoom the window.
  const before = windowOf(await app(page).getAttribute('data-window'));
  await page.keyboard.press('+');
  await expect
    .poll(async () => {
      const w = windowOf(await app(page).getAttribute('data-window'));
      return w.to - w.from;
    })
    .toBeLessThan(before.to - before.from);
});

test('?event= selects, centres and opens an event; the URL follows selection without new history entries', async ({
  page,
}) => {
  // An event near the middle of the story, so the centred window is not pushed back by the timeline's limits.
  const target = eventWith(
    'without an end in the second half',
    (e) => !e.end && events.indexOf(e) >= events.length / 2,
  );
  await page.goto(`/?event=${target.id}`);
  await expect(app(page)).toHaveAttribute('data-timeline-ready', 'true');
  await expect(app(page)).toHaveAttribute('data-selected', target.id);
  const { year, month = 1, day = 1 } = target.date;
  const { from, to } = windowOf(await app(page).getAttribute('data-window'));
  expect(Math.abs((from + to) / 2 - Date.UTC(year, month - 1, day))).toBeLessThan(86_400_000);
  await expect(page.locator('[data-detail] .event-title')).toHaveText(target.title);
  await expect(page.locator(`li[data-event-id="${target.id}"]`)).toHaveAttribute('aria-current', 'true');
  const selectedItem = page.locator('#timeline .tl-mark.is-selected');
  await expect(selectedItem).toHaveCount(1);
  const historyLength = await page.evaluate(() => history.length);
  await selectedItem.focus();
  // Arrow keys move focus; Enter opens the focused event, which the URL then names.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect.poll(() => new URL(page.url()).searchParams.get('event')).not.toBe(target.id);
  await expect(page).toHaveURL(/event=/);
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
});

test('filters change the list, the timeline and the counts together, and live in the URL', async ({ page }) => {
  await openTimeline(page);
  const cases = events.filter((e) => e.type === 'case').length;
  await page.getByRole('checkbox', { name: /^Cases/ }).uncheck();
  await expect(page.locator('li[data-event-id]:visible')).toHaveCount(events.length - cases);
  await expect(page.locator('[data-filter-status]')).toHaveText(
    `Showing ${events.length - cases} of ${events.length} events`,
  );
  await expect(page.locator('#timeline .tl-mark--case')).toHaveCount(0);
  await expect(page).toHaveURL(/types=report,inspection,appointment/);
  const word = 'Ofsted';
  await page.getByLabel(/Search titles/).fill(word);
  const matching = events.filter(
    (e) =>
      e.type !== 'case' &&
      `${e.title} ${e.summary} ${(e.people ?? []).map((p) => p.name).join(' ')}`
        .toLowerCase()
        .includes(word.toLowerCase()),
  );
  await expect(page.locator('li[data-event-id]:visible')).toHaveCount(matching.length);
  await expect(page.locator('[data-count-for="inspection"]')).toHaveText(
    `(${matching.filter((e) => e.type === 'inspection').length})`,
  );
  await expect(page).toHaveURL(/q=Ofsted/);
  await page.getByRole('checkbox', { name: /Hide events about the death/ }).check();
  await expect(page).toHaveURL(/sensitive=hide/);
  // A shared link restores the same view.
  await page.goto(page.url());
  await expect(page.getByRole('checkbox', { name: /^Cases/ })).not.toBeChecked();
  await expect(page.getByLabel(/Search titles/)).toHaveValue(word);
  await expect(page.locator('li[data-event-id]:visible')).toHaveCount(matching.filter((e) => !e.sensitive).length);
});

test('the overview brush sets the timeline window, and zooming the timeline moves the brush', async ({ page }) => {
  await openTimeline(page);
  const chart = page.locator('.overview-chart');
  await chart.scrollIntoViewIfNeeded();
  const box = (await chart.boundingBox())!;
  const before = windowOf(await app(page).getAttribute('data-window'));
  // The brush starts on the opening window (the story's focus span); a new one is drawn outside it.
  await page.mouse.move(box.x + box.width * 0.05, box.y + 20);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.2, box.y + 20, { steps: 5 });
  await page.mouse.up();
  await expect
    .poll(async () => {
      const w = windowOf(await app(page).getAttribute('data-window'));
      return w.to - w.from;
    })
    .toBeLessThan((before.to - before.from) * 0.5);
  const selection = page.locator('.overview-brush .selection');
  const widthAfterBrush = Number(await selection.getAttribute('width'));
  expect(widthAfterBrush).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(async () => Number(await selection.getAttribute('width'))).toBeGreaterThan(widthAfterBrush * 1.2);
});

test('from a narrow window, far events are selected, shown and reached by zooming out', async ({ page }) => {
  // The timeline holds only the events near its window; this walks to events well outside the first one.
  const first = events[0]!;
  const last = events.at(-1)!;
  await page.setViewportSize({ width: 1280, height: 800 });
  await openTimeline(page, '/?from=2003&to=2004');
  const selectedItem = page.locator('#timeline .tl-mark.is-selected');
  await tabIntoTimeline(page);
  await page.keyboard.press('End');
  await expect(app(page)).toHaveAttribute('data-selected', last.id);
  await expect(selectedItem).toContainText(last.title);
  await expect(selectedItem).toBeInViewport();
  await page.keyboard.press('Home');
  await expect(app(page)).toHaveAttribute('data-selected', first.id);
  await expect(selectedItem).toContainText(first.title);
  // Changed with issue 13: zoomed out, titles show only where they fit; every event is still drawn, alone or counted
  // in a cluster.
  await page.getByRole('button', { name: 'Show everything' }).click();
  await expect.poll(() => drawnCount(page)).toBe(events.length);
});

test('the mouse wheel over the timeline scrolls the page instead of zooming', async ({ page }) => {
  await openTimeline(page);
  const canvas = page.locator('#timeline');
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 40);
  const windowBefore = await app(page).getAttribute('data-window');
  const scrollBefore = await page.evaluate(() => scrollY);
  await page.mouse.wheel(0, 400);
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(scrollBefore);
  expect(await app(page).getAttribute('data-window')).toBe(windowBefore);
});

for (const timezoneId of ['America/Los_Angeles', 'Pacific/Auckland']) {
  test.describe(`timeline in ${timezoneId}`, () => {
    test.use({ timezoneId });
    test('places events on the same calendar dates as in UTC', async ({ page, browser }) => {
      const target = events.find((e) => e.date.precision === 'day')!;
      const measure = async (p: Page) => {
        await p.goto(`/?event=${target.id}&from=${target.date.year}&to=${target.date.year}`);
        await expect(p.locator('[data-timeline-app]')).toHaveAttribute('data-timeline-ready', 'true');
        const labels = await p.locator('#timeline .vis-time-axis .vis-text').allTextContents();
        const item = await p.locator('#timeline .tl-mark.is-selected').boundingBox();
        return { labels, x: Math.round(item!.x), detail: await p.locator('[data-detail] .event-date').textContent() };
      };
      const here = await measure(page);
      const utcContext = await browser.newContext({ timezoneId: 'UTC', viewport: page.viewportSize()! });
      const utc = await measure(await utcContext.newPage());
      await utcContext.close();
      expect(here).toEqual(utc);
    });
  });
}

test.describe('on a phone (360×740)', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  test('the page reads as a list with a sticky year strip, and nothing overflows', async ({ page }) => {
    const lazy: string[] = [];
    page.on('request', (r) => /timeline-view/.test(r.url()) && lazy.push(r.url()));
    await page.goto('/');
    await expect(page.locator('.timeline-region')).toBeHidden();
    await page.locator('#events').scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 2500);
    const strip = page.locator('.year-strip');
    await expect(strip).toBeVisible();
    expect((await strip.boundingBox())!.y).toBeLessThanOrEqual(1);
    await expect(strip.locator('a[aria-current="true"]')).toHaveCount(1);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    // Tapping a year jumps to it.
    const lastYear = await strip.locator('a').last().getAttribute('data-year');
    await strip.locator('a').last().tap();
    await expect(page.locator(`#year-${lastYear}`)).toBeInViewport();
    expect(lazy).toEqual([]);
  });
});

test('a link to an entry far down the list lands on it, motion allowed or not', async ({ page }) => {
  // The list's entries out of sight are laid out only as they come near, so a jump must not aim at a moving place.
  const far = events.at(-3)!;
  for (const reducedMotion of ['no-preference', 'reduce'] as const) {
    await page.emulateMedia({ reducedMotion });
    await page.goto(`/#${far.id}`);
    const entry = page.locator(`#${far.id}`);
    await expect(entry).toBeInViewport();
    await expect.poll(async () => (await entry.boundingBox())!.y).toBeLessThan(200);
    await page.goto('about:blank');
  }
});

test.describe('on a phone, jumping to a year', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  test('each of the last years lands at the top, under the year strip', async ({ page }) => {
    // The entry above a year's heading shows under the sticky strip; as it takes its real height the browser's
    // scroll anchoring used to carry the heading 1,300 px off the screen.
    const years = [...new Set(events.map((e) => e.date.year))].slice(-6);
    for (const year of years) {
      await page.goto(`/#year-${year}`);
      const heading = page.locator(`#year-${year}`);
      await expect(heading, `year ${year}`).toBeInViewport({ ratio: 1 });
      await page.goto('about:blank');
    }
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe is clean with the detail panel open (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openTimeline(page, `/?event=${events[10]!.id}`);
    await expect(page.locator('[data-detail]')).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

for (const reducedMotion of ['reduce', 'no-preference'] as const) {
  test(`moves to a selected event ${reducedMotion === 'reduce' ? 'at once, without animation,' : 'with an animation'} when reduced motion is ${reducedMotion}`, async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion });
    await openTimeline(page, '/?from=2000&to=2003');
    // Press End and read the window in the same task: an unanimated move is already complete; an animated one has only begun.
    const atOnce = await page.evaluate(() => {
      document.querySelector('#timeline')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
      return document.querySelector<HTMLElement>('[data-timeline-app]')!.dataset.window;
    });
    await expect(app(page)).toHaveAttribute('data-selected', events.at(-1)!.id);
    // Wait until the window has settled, then compare.
    let settled = await app(page).getAttribute('data-window');
    await expect
      .poll(
        async () => {
          const now = await app(page).getAttribute('data-window');
          const same = now === settled;
          settled = now;
          return same;
        },
        { intervals: [500] },
      )
      .toBe(true);
    expect(atOnce === settled).toBe(reducedMotion === 'reduce');
  });
}

test('selecting from a list entry or an overview mark highlights the event everywhere', async ({ page }) => {
  await page.goto('/');
  const event = events.find((e) => e.type === 'case') ?? events[3]!;
  const entry = page.locator(`li[data-event-id="${event.id}"]`);
  await entry.getByRole('button', { name: 'Show in timeline' }).click();
  await expect(app(page)).toHaveAttribute('data-selected', event.id);
  await expect(entry).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('[data-detail]')).toBeFocused();
  await expect(page.locator('[data-detail] .event-title')).toHaveText(event.title);
  await expect(app(page)).toHaveAttribute('data-timeline-ready', 'true');
  await expect(page.locator('#timeline .tl-mark.is-selected')).toContainText(event.title.slice(0, 20));
  // Closing the panel returns focus to the button that opened it.
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(entry.getByRole('button', { name: 'Show in timeline' })).toBeFocused();

  const inspection = events.find((e) => e.rating)!;
  const mark = page.locator(`.overview-ratings [data-event-id="${inspection.id}"]`);
  await mark.scrollIntoViewIfNeeded();
  await mark.click({ force: true });
  await expect(app(page)).toHaveAttribute('data-selected', inspection.id);
  await expect(mark).toHaveClass(/is-selected/);
  await expect(page.locator(`li[data-event-id="${inspection.id}"]`)).toHaveAttribute('aria-current', 'true');
});

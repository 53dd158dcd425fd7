import { expect, type Page } from '@playwright/test';

/** The timeline component's root, which carries the integration hooks (data-timeline-ready, data-selected, data-window). */
export const app = (page: Page) => page.locator('[data-timeline-app]');

/** The visible window from `data-window` ("<ISO start>/<ISO end>"), in UTC milliseconds. */
export function windowOf(value: string | null) {
  const [from, to] = (value ?? '/').split('/').map((s) => Date.parse(s));
  return { from: from!, to: to! };
}

/** Tabs from the top of the page until focus is in the timeline, as a keyboard user would. */
export async function tabIntoTimeline(page: Page) {
  const inside = page.locator('#timeline:focus, #timeline :focus');
  await page.locator('body').focus();
  await page.evaluate(() => window.scrollTo(0, 0));
  // The story's chapters (a button and a link each) come before the timeline, hence up to 80 steps.
  for (let i = 0; i < 80 && (await inside.count()) === 0; i++) await page.keyboard.press('Tab');
  await expect(inside).toHaveCount(1);
}

/** Every event drawn: each marker counts itself and the events sharing its place, each cluster or block its count. */
export const drawnCount = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('#timeline .tl-mark')].reduce(
      (sum, el) =>
        sum +
        (el.dataset.id
          ? 1 + Number(el.querySelector('.tl-more')?.textContent?.slice(1) || 0)
          : Number(el.querySelector('.tl-count')!.textContent.match(/\d+/)![0])),
      0,
    ),
  );

import { expectNoAxeViolations } from './axe.ts';
import { expect, test } from '@playwright/test';
import { sampleEvents } from './site-data.ts';

const pages = ['/', '/about/', '/404.html', ...sampleEvents().map((e) => `/events/${e.id}/`)];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} colour scheme`, () => {
    test.use({ colorScheme: scheme });
    for (const path of pages) {
      test(`axe finds no WCAG 2.2 AA violations on ${path}`, async ({ page }) => {
        // The home page lists every event: axe walks thousands of elements, slow on a busy 2-core machine.
        if (path === '/') test.slow();
        await page.goto(path);
        await expectNoAxeViolations(page);
      });
    }
  });
}

test('a keyboard user can skip past the header straight into the content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: /skip to/i });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
  await page.keyboard.press('Tab');
  // Where focus went, in words, so a failure says where it went instead of "expected true".
  const where = await page.evaluate(() => {
    const main = document.querySelector('#main')!;
    const focused = document.activeElement;
    if (!focused || focused === document.body) return 'nowhere';
    if (focused === main) return 'still on #main';
    return main.contains(focused) ? 'inside #main' : `outside #main: ${focused.outerHTML.slice(0, 80)}`;
  });
  expect(where).toBe('inside #main');
});

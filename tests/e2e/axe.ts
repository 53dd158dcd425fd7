import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe with the WCAG 2.2 AA tags (target-size included) and lists violations by rule and element, so a failure says where. */
export async function expectNoAxeViolations(page: Page, include?: string) {
  // The list's entries off screen start unrendered (content-visibility) and are laid out in idle steps after load
  // (src/client/event-list-view.ts); axe's target-size rule measures boxes, so it runs on the whole list. (Readers
  // are not affected: skipped entries stay in the accessibility tree, focusable and found by find-in-page.)
  await page.waitForFunction(() => !document.querySelector('timeline-app .event-item:not(.is-settled)'));
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

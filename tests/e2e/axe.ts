import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe with the WCAG 2.2 AA tags (target-size included) and lists violations by rule and element, so a failure says where. */
export async function expectNoAxeViolations(page: Page, include?: string) {
  // The list's entries out of sight are laid out only when they come near (content-visibility: auto), so axe would
  // measure targets and contrast it cannot see (it reports their targets as covered). A reader meets every entry laid
  // out, so axe checks every entry laid out.
  await page.addStyleTag({ content: '.event-item { content-visibility: visible !important; }' });
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

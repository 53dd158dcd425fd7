import type { Page } from '@playwright/test';

/** The timeline component's root, which carries the integration hooks (data-timeline-ready, data-selected, data-window). */
export const app = (page: Page) => page.locator('[data-timeline-app]');

/** The visible window from `data-window` ("<ISO start>/<ISO end>"), in UTC milliseconds. */
export function windowOf(value: string | null) {
  const [from, to] = (value ?? '/').split('/').map((s) => Date.parse(s));
  return { from: from!, to: to! };
}

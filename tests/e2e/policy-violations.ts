import type { BrowserContext, Page } from '@playwright/test';

/**
 * Every Content-Security-Policy or Permissions-Policy violation in the page and its frames: the
 * securitypolicyviolation event, and Chromium's console report (which also covers what is refused before any script
 * could listen, such as a frame-ancestors block).
 */
export async function watchViolations(context: BrowserContext, page: Page): Promise<string[]> {
  const violations: string[] = [];
  await context.exposeBinding('reportViolation', ({ frame }, text: string) =>
    violations.push(`${frame.url()}: ${text}`),
  );
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      void (window as unknown as { reportViolation: (text: string) => Promise<void> }).reportViolation(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Permissions.Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

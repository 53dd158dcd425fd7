import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** The Chromium the tests use: CHROMIUM_PATH, then Debian's /usr/bin/chromium, then one Playwright already has. Never downloads. */
export function findChromium(): string | undefined {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    safePlaywrightPath(),
  ];
  return candidates.find((path): path is string => Boolean(path && existsSync(path)));
}

function safePlaywrightPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

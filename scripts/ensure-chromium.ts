// Runs before the browser tests: finds a system Chromium, or installs Debian's when that is possible.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium-path.ts';

const found = findChromium();
if (found) {
  console.log(`Browser tests will use ${found}`);
  process.exit(0);
}
const isRoot = process.getuid?.() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  // The README promises this and CI relies on it, but it changes the system, so it says so plainly first.
  console.log(
    [
      '┌──────────────────────────────────────────────────────────────────────────────',
      '│ npm test: no Chromium found for the browser tests (CHROMIUM_PATH, /usr/bin/chromium, Playwright).',
      "│ Running as root on Debian/Ubuntu, so installing Debian's chromium package system-wide now:",
      '│   apt-get update && apt-get install -y chromium',
      '│ (Set CHROMIUM_PATH to a Chromium or Chrome binary, and next time nothing is installed.)',
      '└──────────────────────────────────────────────────────────────────────────────',
    ].join('\n'),
  );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  const installed = findChromium();
  if (installed) {
    console.log(`Browser tests will use ${installed}`);
    process.exit(0);
  }
}
console.error(
  'No Chromium found: install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.',
);
process.exit(1);

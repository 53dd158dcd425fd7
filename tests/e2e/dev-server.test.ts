// `npm run dev` as an editor uses it: the page open in the browser follows every save of the event file, shows the
// problem in the browser while the file is invalid, and comes back by itself on the next valid save.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { projectRoot } from '../build/build-helpers.ts';
import { outputOf } from '../support/child-output.ts';
import { testPort } from '../support/ports.ts';

const PORT = testPort(4341);
const dir = join(projectRoot, 'tests/.tmp/dev-server');
const file = join(dir, 'events.json');
let server: ChildProcess | undefined;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(projectRoot, 'tests/fixtures/valid.json'), file);
  server = spawn(
    join(projectRoot, 'node_modules/.bin/astro'),
    ['dev', '--host', '127.0.0.1', '--port', String(PORT)],
    // A cache of its own: the dev server must not share Vite's cache with a build running beside it.
    { cwd: projectRoot, env: { ...process.env, EVENTS_FILE: file, OUT_DIR: join(dir, 'dist') } },
  );
  await outputOf(server).waitFor(/127\.0\.0\.1:\d+/, 90_000);
});

test.afterAll(() => {
  server?.kill();
});

test('a save shows at once in the open page; a mistake shows where it is; the next good save recovers', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const original = readFileSync(file, 'utf8');
  const edit = (change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await expect(page.locator('h1')).toHaveText('Fixture timeline: 1 < 2 && "x"', { timeout: 60_000 });

  // The story's title: the page reloads by itself.
  edit((text) =>
    text.replace('"title": "Fixture timeline: 1 < 2 && \\"x\\""', '"title": "Edited while the page was open"'),
  );
  await expect(page.locator('h1')).toHaveText('Edited while the page was open', { timeout: 15_000 });

  // An event's title, on its own page.
  await page.goto(`http://127.0.0.1:${PORT}/events/may-inspection/`);
  // Wait until the page and its scripts have settled: on a first visit Vite may still be optimising the page's
  // dependencies and reload it once by itself, which an edit made meanwhile would race.
  await expect(page.locator('h1')).toHaveText('An inspection on 17 May 2008', { timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  edit((text) => text.replace('"An inspection on 17 May 2008"', '"A renamed inspection"'));
  await expect(page.locator('h1')).toHaveText('A renamed inspection', { timeout: 15_000 });

  // A broken date: the browser shows the same line `npm run validate` prints.
  edit((text) => text.replace('"date": "2008-05-17"', '"date": "2008-13-01"'));
  await expect(
    page
      .getByText(
        /events\[\d\]\.date: expected YYYY, YYYY-MM or YYYY-MM-DD, got "2008-13-01" \(event "may-inspection"\)/,
      )
      .first(),
  ).toBeVisible({ timeout: 15_000 });

  // Fixed: the page comes back without anyone reloading it.
  edit((text) => text.replace('"date": "2008-13-01"', '"date": "2008-05-17"'));
  await expect(page.locator('h1')).toHaveText('A renamed inspection', { timeout: 15_000 });
  writeFileSync(file, original);
});

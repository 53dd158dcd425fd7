// Print styles tested as paper (issue 19): each page printed to PDF by Chromium, its pages counted on A4 and US
// Letter, its text read back, and its layout checked at the width the paper leaves.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { events } from './site-data.ts';
import { buildSite, projectRoot } from '../build/build-helpers.ts';
import { generateEvents } from '../support/generate-events.ts';
import { cutAtPageEdge, printPages, squash, type PaperFormat } from '../support/paper.ts';
import { serveFolder } from '../support/static-server.ts';
import { testPort } from '../support/ports.ts';

const FORMATS: PaperFormat[] = ['A4', 'Letter'];
const keyMoments = events.filter((e) => e.highlight);

/** The page number (from 0) on which `needle` first appears, searching from page `from`; -1 when it is on none. */
const pageOf = (pages: string[], needle: string, from = 0) => {
  for (let p = from; p < pages.length; p++) if (pages[p]!.includes(needle)) return p;
  return -1;
};

for (const format of FORMATS) {
  test.describe(`on ${format} paper`, () => {
    test("the handout prints on at most 4 pages, with every key moment, its summary and the overview's years", async ({
      page,
    }) => {
      await page.goto('/handout/');
      const summaries = await page.locator('.handout-moments p').allTextContents();
      expect(summaries).toHaveLength(keyMoments.length);
      // The year labels the chart shows on paper, in order.
      await cutAtPageEdge(page, format);
      const years = await page.locator('.ov-year:visible').allTextContents();
      expect(years.length).toBeGreaterThanOrEqual(5);
      expect(Number(years[0])).toBeLessThanOrEqual(events[0]!.date.year);
      expect(Number(years.at(-1))).toBeGreaterThanOrEqual(events.at(-1)!.date.year);

      const pages = await printPages(page, format);
      expect(pages.length).toBeLessThanOrEqual(4);
      const all = pages.join('');
      expect(keyMoments.filter((e) => !all.includes(squash(e.title))).map((e) => e.title)).toEqual([]);
      expect(summaries.filter((s) => !all.includes(squash(s)))).toEqual([]);
      // The axis reads 2000 2002 … 2024 in a row: only the printed chart has them so.
      expect(all).toContain(years.join(''));
      // Every event has its line in the chronology.
      expect(events.filter((e) => !all.includes(squash(e.title))).map((e) => e.title)).toEqual([]);
      // The content note is on the first page.
      expect(pages[0]).toContain(squash('Content note:'));
    });

    test('the printed reference takes at most 25 pages, and no event is split across two', async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto('/print/');
      const refs = await page.locator('.print-event .source-refs').allTextContents();
      expect(refs).toHaveLength(events.length);
      const pages = await printPages(page, format);
      expect(pages.length).toBeLessThanOrEqual(25);
      let from = 0;
      const split: string[] = [];
      events.forEach((event, i) => {
        const p = pageOf(pages, squash(event.title), from);
        expect(p, event.title).toBeGreaterThanOrEqual(0);
        // The event's last line, its sources, follows its title on the same page.
        const text = pages[p]!;
        if (!text.includes(squash(refs[i]!), text.indexOf(squash(event.title)))) split.push(event.title);
        from = p;
      });
      expect(split).toEqual([]);
      // Roughly five events to a page: never back to one a page.
      expect(events.length / pages.length).toBeGreaterThanOrEqual(3);
    });

    test("the teacher's guide prints on at most 8 pages", async ({ page }) => {
      await page.goto('/classroom/');
      expect((await printPages(page, format)).length).toBeLessThanOrEqual(8);
    });

    for (const path of ['/handout/', '/print/', '/classroom/']) {
      test(`nothing on ${path} is cut at the page edge`, async ({ page }) => {
        await page.goto(path);
        expect(await cutAtPageEdge(page, format)).toEqual([]);
      });
    }
  });
}

/** Replaces window.print, in the page and in every frame, with a note of which page asked to print. */
async function watchPrinting(page: Page) {
  await page.addInitScript(() => {
    window.print = () => {
      (window.top as Window & { printed?: string[] }).printed ??= [];
      (window.top as Window & { printed?: string[] }).printed!.push(location.pathname);
    };
  });
  return () => page.evaluate(() => (window as Window & { printed?: string[] }).printed ?? []);
}

test('the handout and the reference each have a button that prints them', async ({ page }) => {
  const printed = await watchPrinting(page);
  for (const [path, name] of [
    ['/handout/', 'Print the handout'],
    ['/print/', 'Print this reference'],
  ] as const) {
    await page.goto(path);
    await page.getByRole('button', { name }).click();
    expect(await printed()).toEqual([path]);
  }
});

test('the projector view prints the handout without leaving the slide', async ({ page }) => {
  const printed = await watchPrinting(page);
  const event = events[5]!;
  await page.goto(`/present/?event=${event.id}`);
  await page.getByRole('button', { name: 'Print the handout' }).click();
  await expect.poll(printed).toEqual(['/handout/']);
  await expect(page).toHaveURL(new RegExp(`/present/\\?event=${event.id}`));
  await expect(page.locator('[data-present]')).toHaveAttribute('data-current', event.id);
});

test("the teacher's guide links the handout first, then the reference", async ({ page }) => {
  await page.goto('/classroom/');
  const links = await page
    .locator('main a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(links[0]).toBe('/handout/');
  expect(links.indexOf('/print/')).toBeGreaterThan(0);
});

test('axe is clean on the handout, on screen and as printed', async ({ page }) => {
  await page.goto('/handout/');
  await expectNoAxeViolations(page);
  await page.emulateMedia({ media: 'print' });
  await expectNoAxeViolations(page);
});

test.describe('a file too long for four pages', () => {
  // Its own site: 400 generated events, one in fifty a key moment.
  const PORT = testPort(4351);
  const file = generateEvents(400);
  file.events.forEach((e, i) => {
    if (i % 50 === 7) Object.assign(e, { highlight: true, label: `Key moment ${i}` });
  });
  const highlighted = file.events.filter((e) => 'highlight' in e);
  let server: Server;
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    mkdirSync(join(projectRoot, 'tests/.tmp'), { recursive: true });
    const eventsFile = join(projectRoot, 'tests/.tmp/long-handout-events.json');
    writeFileSync(eventsFile, JSON.stringify(file));
    const build = buildSite(eventsFile, 'long-handout');
    if (build.status !== 0) throw new Error(`long file build failed:\n${build.stderr}`);
    server = await serveFolder(build.outDir, PORT);
  });
  test.afterAll(() => server?.close());

  for (const format of FORMATS) {
    test(`gets a handout of at most 4 ${format} pages listing the key moments, saying how many events it leaves out`, async ({
      page,
    }) => {
      await page.goto(`http://127.0.0.1:${PORT}/handout/`);
      await expect(page.locator('.handout-chronology li')).toHaveCount(highlighted.length);
      const pages = await printPages(page, format);
      expect(pages.length).toBeLessThanOrEqual(4);
      const all = pages.join('');
      expect(highlighted.filter((e) => !all.includes(squash(e.title))).map((e) => e.title)).toEqual([]);
      expect(all).toContain(squash(`The timeline has ${400 - highlighted.length} more events, not listed here`));
      expect(await cutAtPageEdge(page, format)).toEqual([]);
    });
  }
});

import { readFileSync } from 'node:fs';
import { expectNoAxeViolations } from './axe.ts';
import { expect, test } from '@playwright/test';
import { events } from './site-data.ts';

const classroom = JSON.parse(readFileSync(new URL('../../data/classroom.json', import.meta.url), 'utf8'));

test("the teacher's guide has the content note, glossary and questions whose event links resolve", async ({
  page,
  request,
}) => {
  await page.goto('/classroom/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Teacher's guide");
  await expect(page.locator('#content-note')).toContainText('116 123');
  await expect(page.locator('#content-note')).toContainText('0808 800 5000');
  await expect(page.locator('.glossary dt')).toHaveCount(classroom.glossary.length);
  await expect(page.locator('.questions > li')).toHaveCount(classroom.questions.length);
  const links = await page
    .locator('.question-events a, .activity-grid a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(links.length).toBeGreaterThanOrEqual(classroom.questions.length);
  for (const href of new Set(links)) expect((await request.get(href)).status(), href).toBe(200);
  await expect(page.locator('.citation')).toContainText('http://localhost:4321/');
});

test('printing / gives a clean handout: no interactive parts, every event and every source URL', async ({ page }) => {
  await page.goto('/');
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['[data-filters]', '.timeline-region', '.year-strip', '.embed-button', '.select-event']) {
    const visible = await page
      .locator(selector)
      .evaluateAll((els) => els.some((el) => getComputedStyle(el).display !== 'none' && !(el as HTMLElement).hidden));
    expect(visible, selector).toBe(false);
  }
  await expect(page.locator('li[data-event-id]')).toHaveCount(events.length);
  const urls = events.flatMap((e) => e.sources.map((s) => s.url).filter(Boolean)) as string[];
  const printed = await page
    .locator('.source-url')
    .evaluateAll((els) =>
      els.filter((el) => getComputedStyle(el).display !== 'none').map((el) => (el.textContent ?? '').trim()),
    );
  for (const url of urls) expect(printed).toContain(`<${url}>`);
});

/** The text of a PDF, page by page, as a reader's PDF viewer would extract it. */
async function pdfText(pdf: Buffer): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  let text = '';
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    text += `${content.items.map((item) => ('str' in item ? item.str : '')).join(' ')}\n`;
  }
  return text.replace(/\s+/g, ' ');
}

test('/print/ prints every event title and source address into the PDF', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/print/');
  await expect(page.locator('.print-event')).toHaveCount(events.length);
  const text = await pdfText(await page.pdf({ format: 'A4' }));
  // PDF text comes in runs split at line ends and punctuation; compare with all whitespace removed.
  const squash = (s: string) => s.replace(/\s+/g, '');
  const all = squash(text);
  const missing = events.filter((e) => !all.includes(squash(e.title))).map((e) => e.title);
  expect(missing).toEqual([]);
  const urls = events.flatMap((e) => e.sources.map((s) => s.url).filter((u): u is string => Boolean(u)));
  expect(urls.filter((u) => !all.includes(squash(u)))).toEqual([]);
});

test('every event page has a ready citation line', async ({ page }) => {
  const event = events[3]!;
  await page.goto(`/events/${event.id}/`);
  await expect(page.locator('.citation')).toContainText(`“${event.title}”`);
  await expect(page.locator('.citation')).toContainText(`/events/${event.id}/`);
});

for (const path of ['/classroom/', '/print/']) {
  test(`axe is clean on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page);
  });
}

test.describe('projector view', () => {
  test('steps through events with the arrow keys, Page Down and space, and starts at ?event=', async ({ page }) => {
    const start =
      events.find(
        (e, i) => !e.sensitive && !events[i + 1]?.sensitive && !events[i + 2]?.sensitive && !events[i + 3]?.sensitive,
      ) ?? events[0]!;
    const i = events.indexOf(start);
    await page.goto(`/present/?event=${start.id}`);
    const root = page.locator('[data-present]');
    await expect(root).toHaveAttribute('data-current', start.id);
    await expect(page.locator('.slide:visible')).toHaveCount(1);
    await expect(page.locator('.slide:visible .slide-title')).toHaveText(start.title);
    await expect(page.locator('.slide:visible .slide-count')).toHaveText(`Event ${i + 1} of ${events.length}`);
    await page.keyboard.press('ArrowRight');
    await expect(root).toHaveAttribute('data-current', events[i + 1]!.id);
    await page.keyboard.press('PageDown');
    await expect(root).toHaveAttribute('data-current', events[i + 2]!.id);
    await page.keyboard.press(' ');
    await expect(root).toHaveAttribute('data-current', events[i + 3]!.id);
    await page.keyboard.press('PageUp');
    await expect(root).toHaveAttribute('data-current', events[i + 2]!.id);
    await expect(page).toHaveURL(new RegExp(`event=${events[i + 2]!.id}`));
  });

  test('shows a content note once per visit before the first sensitive event, without hiding its text from assistive technology', async ({
    page,
  }) => {
    const sensitive = events.find((e) => e.sensitive)!;
    await page.goto(`/present/?event=${sensitive.id}`);
    const note = page.locator('[data-present-note]');
    await expect(note).toBeVisible();
    await expect(page.getByRole('heading', { name: sensitive.title })).toBeAttached();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(note).toBeHidden();
    await page.reload();
    await expect(page.locator('[data-present]')).toHaveAttribute('data-current', sensitive.id);
    await expect(note).toBeHidden();
  });

  test('types= filters and the hide switch skips sensitive events', async ({ page }) => {
    await page.goto('/present/?types=case');
    await page.getByLabel(/Hide events about the death/).check();
    const cases = events.filter((e) => e.type === 'case' && !e.sensitive);
    await page.locator('main').focus();
    await page.keyboard.press('Home');
    await expect(page.locator('[data-present]')).toHaveAttribute('data-current', cases[0]!.id);
    await page.keyboard.press('End');
    await expect(page.locator('[data-present]')).toHaveAttribute('data-current', cases.at(-1)!.id);
  });

  test('axe is clean in the projector view', async ({ page }) => {
    await page.goto('/present/');
    await expectNoAxeViolations(page);
  });
});

test('pages the reader opened reload with the network off; after “Save for offline use”, every page does', async ({
  context,
  page,
}) => {
  test.setTimeout(120_000);
  const event = events.at(-2)!;
  const kept = (path: string) =>
    page.evaluate(async (url) => {
      for (const name of await caches.keys()) if (await (await caches.open(name)).match(url)) return true;
      return false;
    }, new URL(path, page.url()).href);
  await page.goto('/');
  // Registered a few seconds after load; the worker then keeps the page on screen and what it needs.
  await expect.poll(() => kept('/'), { timeout: 30_000 }).toBe(true);
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('li[data-event-id]')).toHaveCount(events.length);
  // The styles came from the kept copy too.
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/system-ui/);
  // A page never opened is not kept: a passing reader is not made to download the whole site.
  await expect(page.goto(`/events/${event.id}/`)).rejects.toThrow(/ERR_INTERNET_DISCONNECTED|ERR_FAILED/);

  await context.setOffline(false);
  await page.goto('/classroom/');
  const save = page.getByRole('button', { name: /^Save for offline use \(\d+(\.\d)? MB\)$/ });
  await expect(save).toBeVisible({ timeout: 30_000 });
  await expectNoAxeViolations(page, '[data-save-offline]');
  await save.click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved:' })).toBeVisible({ timeout: 30_000 });
  await expectNoAxeViolations(page, '[data-save-offline]');
  await context.setOffline(true);
  await page.goto(`/events/${event.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title);
  await expect(page.locator('.source-list li')).toHaveCount(event.sources.length);
  await page.goto('/classroom/');
  await expect(page.locator('.glossary dt')).toHaveCount(classroom.glossary.length);
  await expect(page.getByText('This browser has saved the site for offline use.')).toBeVisible({ timeout: 15_000 });
  await context.setOffline(false);
});

test('without JavaScript the guide offers the ZIP, and no Save button that could not work', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/classroom/');
  await expect(page.getByRole('link', { name: 'Download the site for offline use (ZIP)' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Save for offline use/ })).toHaveCount(0);
  await context.close();
});

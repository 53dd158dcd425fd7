// The overview as readers meet it: words at a readable size on a phone and a desktop, labels that never run into each
// other in the fonts the browser really uses, details on hover and focus, and a picture that changes only on purpose.
// "Get the data": the table sorts and follows the filters, the downloads hold every event.
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { expectNoAxeViolations } from './axe.ts';
import { app } from './timeline-page.ts';
import { dataset, events } from './site-data.ts';

type Box = { text: string; x: number; y: number; width: number; height: number };

/** Every piece of text drawn in the overview's chart, with its box and its rendered font size. */
async function chartText(page: Page) {
  return page.locator('.overview-plot').evaluate((plot) => {
    const found: (Box & { size: number; kind: string; lines: Box[] })[] = [];
    const walker = document.createTreeWalker(plot, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (!node.textContent?.trim() || parent.closest('.visually-hidden, .ov-tip')) continue;
      // Read to screen readers, not drawn (the visually-hidden pattern: a 1 px clipped box).
      const box = parent.getBoundingClientRect();
      if (box.width <= 1 && box.height <= 1) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rect = range.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      // The size as drawn: the computed size times any scaling between the element and the page (an SVG viewBox).
      const scale = parent instanceof SVGGraphicsElement ? (parent.getScreenCTM()?.d ?? 1) : 1;
      const kind =
        parent.closest('.ov-callout, .ov-callouts, .ov-key, .ov-name, .ov-word, .ov-year, .ov-row-label, .ov-focus')
          ?.classList[0] ?? parent.className;
      found.push({
        text: node.textContent.trim(),
        x: rect.x,
        y: rect.y,
        width: rect.width,
        height: rect.height,
        size: parseFloat(getComputedStyle(parent).fontSize) * scale,
        kind,
        // One box per line: a wrapped label's overall box takes in the words beside its last line.
        lines: [...range.getClientRects()].map((r) => ({ text: '', x: r.x, y: r.y, width: r.width, height: r.height })),
      });
    }
    return found;
  });
}

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

for (const width of [390, 680, 1280]) {
  test(`at ${width} px, no text in the overview is under 12 px, none overlaps and none leaves the page`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    const texts = await chartText(page);
    // The chart says what it has to say: every leader, and every key moment (as a label or in the phone's key).
    const all = texts.map((t) => t.text).join(' | ');
    for (const e of events.filter((e) => e.type === 'appointment' && e.end)) expect(all).toContain(e.people![0]!.name);
    for (const e of events.filter((e) => e.highlight)) expect(all).toContain(e.label!);
    expect(texts.filter((t) => t.size < 12).map((t) => `${t.text}: ${t.size}px`)).toEqual([]);
    expect(await page.locator('.overview-plot svg text').count()).toBe(0);
    const clashes: string[] = [];
    texts.forEach((a, i) =>
      texts.slice(i + 1).forEach((b) => {
        if (a.lines.some((l) => b.lines.some((m) => overlap(l, m)))) clashes.push(`"${a.text}" / "${b.text}"`);
      }),
    );
    expect(clashes).toEqual([]);
    const outside = texts.filter((t) => t.x < 0 || t.x + t.width > width).map((t) => t.text);
    expect(outside).toEqual([]);
  });
}

test('a callout line never runs through a label, and each ends at its event on the chart', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  const { lines, labels } = await page.locator('.ov-callouts').evaluate((list) => {
    const lines = [...list.querySelectorAll('.ov-callout')].map((li) => {
      const r = li.getBoundingClientRect();
      const line = getComputedStyle(li, '::before');
      return { x: r.x, top: r.y + parseFloat(line.top), bottom: r.bottom };
    });
    const labels = [...list.querySelectorAll('.ov-callout-label')].map((el) => {
      const r = el.getBoundingClientRect();
      return { text: el.textContent, x: r.x, y: r.y, width: r.width, height: r.height };
    });
    return { lines, labels };
  });
  expect(lines).toHaveLength(events.filter((e) => e.highlight).length);
  const crossings = lines.flatMap((line) =>
    labels.filter((l) => line.x > l.x && line.x < l.x + l.width && line.top < l.y + l.height && line.bottom > l.y),
  );
  expect(crossings.map((l) => l.text)).toEqual([]);
  const chartTop = (await page.locator('.overview-chart').boundingBox())!.y;
  for (const line of lines) expect(Math.abs(line.bottom - chartTop)).toBeLessThan(1);
});

test("a tenure shows the leader's role on hover and on keyboard focus; Escape hides it", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  const tenure = events.find((e) => e.type === 'appointment' && e.end && e.people?.[0]?.role)!;
  const link = page.locator(`.overview-tenures a[data-event-id="${tenure.id}"]`);
  const tip = link.locator('.ov-tip');
  await expect(tip).toBeHidden();
  await link.hover();
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(tenure.people![0]!.role!);
  await page.mouse.move(0, 0);
  await link.focus();
  await expect(tip).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  // Its name for screen readers says all of it.
  await expect(link).toHaveAccessibleName(new RegExp(`^${tenure.people![0]!.name}, ${tenure.people![0]!.role!}`));
});

test('choosing a key moment on the chart selects its event on the page', async ({ page }) => {
  await page.goto('/');
  const moment = events.find((e) => e.highlight)!;
  await page.locator(`.ov-callouts a[data-event-id="${moment.id}"]`).click();
  await expect(app(page)).toHaveAttribute('data-selected', moment.id);
  await expect(page).toHaveURL(new RegExp(`event=${moment.id}`));
});

test.describe('the overview picture', () => {
  // Drawn at build time: with JavaScript off the picture is the build's alone (no brush), so it changes only with it.
  test.use({ javaScriptEnabled: false });
  for (const scheme of ['light', 'dark'] as const) {
    test(`at 1280 px, ${scheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto('/');
      await expect(page.locator('figure.overview')).toHaveScreenshot(`overview-1280-${scheme}.png`, {
        animations: 'disabled',
        maxDiffPixelRatio: 0.002,
      });
    });
  }
  test('at 1280 px, forced colours: marks, bands and legend keep their outlines and patterns', async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/');
    const rating = page.locator('.overview-ratings .rating').first();
    expect(await rating.evaluate((el) => getComputedStyle(el).backgroundImage)).toContain('gradient');
    expect(await rating.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('solid');
    await expect(page.locator('figure.overview')).toHaveScreenshot('overview-1280-forced-colors.png', {
      animations: 'disabled',
      maxDiffPixelRatio: 0.002,
    });
  });
  test('with JavaScript off, the table of every event and the downloads are there', async ({ page }) => {
    await page.goto('/');
    await page.locator('#data summary').click();
    await expect(page.locator('#data tbody tr')).toHaveCount(events.length);
    await expect(page.locator('#data button[data-sort]').first()).toBeHidden();
    await expect(page.getByRole('link', { name: /spreadsheet \(CSV/ })).toHaveAttribute('href', '/events.csv');
  });
});

test.describe('get the data', () => {
  const titles = () => events.map((e) => e.title);
  const collator = new Intl.Collator(dataset.language, { numeric: true });

  test('the table sorts by each column, both ways, saying so with aria-sort', async ({ page }) => {
    await page.goto('/');
    await page.getByText('Every event as a table').click();
    const table = page.locator('#data table');
    const column = (n: number) => table.locator(`tbody tr td:nth-child(${n})`).allInnerTexts();
    expect(await column(3)).toEqual(titles());
    await table.getByRole('button', { name: 'Title' }).click();
    await expect(table.locator('th[data-column="title"]')).toHaveAttribute('aria-sort', 'ascending');
    await expect(table.locator('th[data-column="date"]')).not.toHaveAttribute('aria-sort', /.*/);
    expect(await column(3)).toEqual([...titles()].sort(collator.compare));
    await table.getByRole('button', { name: 'Title' }).click();
    await expect(table.locator('th[data-column="title"]')).toHaveAttribute('aria-sort', 'descending');
    expect(await column(3)).toEqual([...titles()].sort(collator.compare).reverse());
    await table.getByRole('button', { name: 'Sources' }).click();
    const counts = (await column(5)).map(Number);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    await table.getByRole('button', { name: 'Sources' }).click();
    expect((await column(5)).map(Number)[0]).toBe(Math.max(...events.map((e) => e.sources.length)));
    await table.getByRole('button', { name: 'Date' }).click();
    expect(await column(3)).toEqual(titles());
    for (const name of ['Type', 'Place', 'Link']) {
      await table.getByRole('button', { name }).click();
      await expect(table.locator('th[aria-sort="ascending"] button')).toHaveText(name);
    }
  });

  test('the table follows the filters', async ({ page }) => {
    await page.goto('/');
    await page.getByText('Every event as a table').click();
    const rows = page.locator('#data tbody tr:visible');
    await expect(rows).toHaveCount(events.length);
    await page.getByRole('checkbox', { name: /^Cases/ }).uncheck();
    await expect(rows).toHaveCount(events.filter((e) => e.type !== 'case').length);
    const shown = await page
      .locator('#data tbody tr:visible')
      .evaluateAll((trs) => trs.map((tr) => tr.dataset.eventId));
    expect(shown).toEqual(events.filter((e) => e.type !== 'case').map((e) => e.id));
    await page.getByLabel(/Search titles/).fill('Ofsted');
    // The list and the table filter a moment after typing: compare them once the list has narrowed.
    const listed = page.locator('li[data-event-id]:visible');
    const sameAsList = async () => {
      const count = await listed.count();
      return count < shown.length && count === (await rows.count());
    };
    await expect.poll(sameAsList).toBe(true);
    // A filtered link opens filtered.
    await page.goto(page.url());
    await page.getByText('Every event as a table').click();
    await expect.poll(sameAsList).toBe(true);
  });

  test('the downloads parse and hold every event', async ({ page }) => {
    await page.goto('/');
    const csv = await (await page.request.get('/events.csv')).text();
    const rows = parse<Record<string, string>>(csv, { bom: true, columns: true });
    expect(rows.map((r) => r.id)).toEqual(events.map((e) => e.id));
    const json = (await (await page.request.get('/events.json')).json()) as { events: { id: string }[] };
    expect(json.events.map((e) => e.id)).toEqual(events.map((e) => e.id));
  });

  test('axe finds no violations with the table open, on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    await page.getByText('Every event as a table').click();
    await page.locator('#data table').getByRole('button', { name: 'Title' }).click();
    await expectNoAxeViolations(page, '#data');
    await expectNoAxeViolations(page, '.overview');
  });
});

// Chapters: "Read as a story" on /, ?chapter= deep links, the title card, autoplay, and the chapters without
// JavaScript, in print, in /present/ and in the classroom guide. The chapters come from the built story's file.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { dataset, events } from './site-data.ts';
import { app, windowOf } from './timeline-page.ts';

const chapters = dataset.chapters!;
const [first, second, third] = chapters;
const story = (page: Page) => page.locator('[data-story]');
const progress = (page: Page) => story(page).locator('[data-story-progress]');
const shownChapter = (page: Page) => story(page).locator('[data-chapter]:visible');

test.use({ viewport: { width: 1280, height: 800 } });

test('without JavaScript every chapter is a section with its text and its events listed, linked from a list', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(story(page).getByRole('heading', { level: 2 })).toHaveText(`The story in ${chapters.length} chapters`);
  await expect(story(page).getByRole('button')).toHaveCount(0);
  for (const [i, chapter] of chapters.entries()) {
    const section = page.locator(`section#chapter-${chapter.id}`);
    await expect(section).toBeVisible();
    await expect(section.getByRole('heading', { level: 3 })).toHaveText(chapter.title);
    await expect(section.locator('.chapter-count')).toContainText(`Chapter ${i + 1} of ${chapters.length}`);
    await expect(section.locator('.chapter-text')).toContainText(chapter.text.split('\n')[0]!.slice(0, 60));
    // In time order, as the list of every event has them.
    const titles = events.filter((e) => chapter.events!.includes(e.id)).map((e) => e.title);
    await expect(section.locator('.chapter-event-list a')).toHaveText(titles);
    await expect(story(page).locator(`a[href$="#chapter-${chapter.id}"]`)).toHaveText(chapter.title);
  }
  await context.close();
});

test('Read as a story: the title card, then each chapter by button, with the timeline set to it', async ({ page }) => {
  await page.goto('/');
  await story(page).getByRole('button', { name: 'Read as a story' }).click();
  const card = story(page).locator('[data-story-card]');
  await expect(card).toBeVisible();
  await expect(card.getByRole('heading')).toHaveText(dataset.title);
  await expect(card).toBeFocused();
  await expect(progress(page)).toHaveText('Introduction');
  await expect(shownChapter(page)).toHaveCount(0);
  await expectNoAxeViolations(page, '[data-story]');
  const next = story(page).getByRole('button', { name: 'Next chapter' });
  const previous = story(page).getByRole('button', { name: 'Previous chapter' });
  await expect(previous).toHaveAttribute('aria-disabled', 'true');

  await next.click();
  await expect(shownChapter(page)).toHaveCount(1);
  await expect(shownChapter(page).getByRole('heading', { level: 3 })).toHaveText(first!.title);
  await expect(progress(page)).toHaveText(`Chapter 1 of ${chapters.length}`);
  await expect(page).toHaveURL(new RegExp(`[?&]chapter=${first!.id}(&|$)`));
  await expect(next).toBeFocused();

  await next.click();
  await expect(shownChapter(page).getByRole('heading', { level: 3 })).toHaveText(second!.title);
  await expect(page).toHaveURL(new RegExp(`[?&]chapter=${second!.id}(&|$)`));
  // The timeline shows the chapter's span, with its events picked out and every other event still there, dimmed.
  await expect(app(page)).toHaveAttribute('data-timeline-ready', 'true');
  const from = Date.UTC(Number(second!.from.text.slice(0, 4)), 0, 1);
  const to = Date.UTC(Number(second!.to.text.slice(0, 4)) + 1, 0, 1);
  await expect.poll(async () => windowOf(await app(page).getAttribute('data-window')).from).toBeLessThanOrEqual(from);
  const span = windowOf(await app(page).getAttribute('data-window'));
  expect(span.to).toBeGreaterThanOrEqual(to);
  expect(span.to - span.from).toBeLessThan((to - from) * 1.3);
  const picked = second!.events!;
  // Markers of the chapter's events are at full strength; every other marker on screen is there, dimmed.
  await expect(page.locator('#timeline .tl-mark.is-dimmed').first()).toBeAttached();
  const strong = await page
    .locator('#timeline .tl-mark[data-kind="event"]:not(.is-dimmed)')
    .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.id!));
  expect(strong.length).toBeGreaterThan(0);
  for (const id of strong) expect(picked).toContain(id);

  await previous.click();
  await expect(shownChapter(page).getByRole('heading', { level: 3 })).toHaveText(first!.title);
  await previous.click();
  await expect(progress(page)).toHaveText('Introduction');
  await expect(page).not.toHaveURL(/chapter=/);
  // Leaving the story folds the chapters back behind their list, and nothing on the timeline is dimmed.
  await story(page).getByRole('button', { name: 'Next chapter' }).click();
  await story(page).getByRole('button', { name: 'Leave the story' }).click();
  await expect(shownChapter(page)).toHaveCount(0);
  await expect(story(page).getByRole('button', { name: 'Read as a story' })).toBeVisible();
  await expect(page).not.toHaveURL(/chapter=/);
  await expect(page.locator('#timeline .tl-mark.is-dimmed')).toHaveCount(0);
});

test('the keys move between chapters while the story has focus', async ({ page }) => {
  await page.goto(`/?chapter=${first!.id}`);
  await expect(shownChapter(page).getByRole('heading', { level: 3 })).toHaveText(first!.title);
  await shownChapter(page).focus();
  await page.keyboard.press('ArrowRight');
  await expect(shownChapter(page).getByRole('heading', { level: 3 })).toHaveText(second!.title);
  await expect(page.locator(`#chapter-${second!.id}`)).toBeFocused();
  await page.keyboard.press('PageDown');
  await expect(shownChapter(page).getByRole('heading', { level: 3 })).toHaveText(third!.title);
  await expect(progress(page)).toHaveText(`Chapter 3 of ${chapters.length}`);
  await page.keyboard.press('ArrowLeft');
  await expect(shownChapter(page).getByRole('heading', { level: 3 })).toHaveText(second!.title);
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  await expect(progress(page)).toHaveText('Introduction');
  await expect(page.locator('[data-story-card]')).toBeFocused();
});

test('?chapter= opens that chapter with the timeline on its span; an unknown chapter is ignored', async ({ page }) => {
  const last = chapters.at(-1)!;
  await page.goto(`/?chapter=${last.id}`);
  await expect(shownChapter(page)).toHaveCount(1);
  await expect(shownChapter(page).getByRole('heading', { level: 3 })).toHaveText(last.title);
  await expect(story(page).getByRole('button', { name: 'Next chapter' })).toHaveAttribute('aria-disabled', 'true');
  await expect(app(page)).toHaveAttribute('data-timeline-ready', 'true');
  const span = windowOf(await app(page).getAttribute('data-window'));
  expect(new Date(span.from).getUTCFullYear()).toBe(Number(last.from.text.slice(0, 4)) - 1);
  await expectNoAxeViolations(page, '[data-story]');

  await page.goto('/?chapter=no-such-chapter');
  await expect(shownChapter(page)).toHaveCount(0);
  await expect(story(page).getByRole('button', { name: 'Read as a story' })).toBeVisible();
  await expect(page).not.toHaveURL(/chapter=/);
});

test('autoplay is off by default, advances when played, pauses, and is not offered under reduced motion', async ({
  page,
}) => {
  await page.clock.install();
  await page.goto(`/?chapter=${first!.id}`);
  await expect(shownChapter(page).getByRole('heading', { level: 3 })).toHaveText(first!.title);
  await page.clock.fastForward(60_000);
  await expect(shownChapter(page).getByRole('heading', { level: 3 })).toHaveText(first!.title);
  const play = story(page).getByRole('button', { name: 'Play' });
  await play.click();
  const pause = story(page).getByRole('button', { name: 'Pause' });
  await expect(pause).toBeVisible();
  await page.clock.fastForward(30_000);
  await expect(shownChapter(page).getByRole('heading', { level: 3 })).toHaveText(second!.title);
  await pause.click();
  await expect(story(page).getByRole('button', { name: 'Play' })).toBeVisible();
  await page.clock.fastForward(120_000);
  await expect(shownChapter(page).getByRole('heading', { level: 3 })).toHaveText(second!.title);

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.reload();
  await expect(shownChapter(page)).toHaveCount(1);
  await expect(story(page).locator('[data-story-play]')).toBeHidden();
});

test('chapters print as sections, all of them, whichever was on screen', async ({ page }) => {
  await page.goto(`/?chapter=${second!.id}`);
  await expect(shownChapter(page)).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  for (const chapter of chapters) await expect(page.locator(`#chapter-${chapter.id}`)).toBeVisible();
  await expect(story(page).locator('[data-story-nav]')).toBeHidden();
});

test('/present/ steps through chapters as well as events', async ({ page }) => {
  await page.goto('/present/');
  await page.getByRole('button', { name: 'Chapters' }).click();
  await expect(page.getByRole('button', { name: 'Chapters' })).toHaveAttribute('aria-pressed', 'true');
  // The first chapter tells of a child's death: the content note comes first.
  const note = page.locator('[data-present-note]');
  if (await note.isVisible()) await note.getByRole('button', { name: 'Continue' }).click();
  const visible = page.locator('.slide:visible');
  await expect(visible).toHaveCount(1);
  await expect(visible.getByRole('heading')).toHaveText(first!.title);
  await expect(visible.locator('.slide-count')).toHaveText(`Chapter 1 of ${chapters.length}`);
  await page.keyboard.press('ArrowRight');
  await expect(visible.getByRole('heading')).toHaveText(second!.title);
  await expect(page).toHaveURL(new RegExp(`chapter=${second!.id}`));
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Events' }).click();
  await expect(visible.getByRole('heading')).toHaveText(events[0]!.title);
});

test('the classroom guide links questions to the chapters they fit', async ({ page }) => {
  await page.goto('/classroom/');
  const links = page.locator('.question-chapter a');
  expect(await links.count()).toBeGreaterThanOrEqual(3);
  const href = await links.first().getAttribute('href');
  const id = /chapter=([a-z0-9-]+)/.exec(href!)![1]!;
  const chapter = chapters.find((c) => c.id === id)!;
  await expect(links.first()).toHaveText(`Chapter: ${chapter.title}`);
  await links.first().click();
  await expect(shownChapter(page).getByRole('heading', { level: 3 })).toHaveText(chapter.title);
});

test('the Embed dialog starts from the chapter being read and writes /embed/?chapter=', async ({ page }) => {
  await page.goto(`/?chapter=${second!.id}`);
  await expect(shownChapter(page)).toHaveCount(1);
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('Open at this chapter')).toHaveValue(second!.id);
  const code = dialog.getByLabel('Code to paste into your page');
  await expect(code).toHaveValue(new RegExp(`/embed/\\?chapter=${second!.id}"`));
  await dialog.getByLabel('Open at this chapter').selectOption(third!.id);
  await expect(code).toHaveValue(new RegExp(`/embed/\\?chapter=${third!.id}"`));
  await dialog.getByLabel('Open at this chapter').selectOption('');
  await expect(code).not.toHaveValue(/chapter=/);
});

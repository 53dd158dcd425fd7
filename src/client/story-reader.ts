// "Read as a story": one chapter at a time. The chapters are the page's sections (src/components/StoryChapters.astro);
// this shows one of them, or the title card, with next/previous buttons and keys, a progress indicator and an optional
// autoplay (off by default, never under reduced motion, always with a visible pause). Which chapter is read is the
// app's state (the URL, the timeline's window and emphasis, the host page): the reader asks for it with a 'chapter'
// action and draws what the app tells it with show().
import type { PayloadChapter } from '../core/chapters.ts';
import { stepChapter } from '../core/chapters.ts';
import { formatMessage } from '../core/messages.ts';
import type { AppContext } from './app-context.ts';
import { readJson } from './read-json.ts';
import type { StoryConfig } from './story-config.ts';

/** The title card's place among the chapters: not a slug, so no chapter can have it as its id. */
const CARD = ':card';

/** How long autoplay stays on a chapter: long enough to read it, from its number of events. */
const AUTOPLAY_BASE_MS = 12_000;
const AUTOPLAY_PER_EVENT_MS = 1_500;

export interface StoryReader {
  chapters: readonly PayloadChapter[];
  byId(id: string): PayloadChapter | undefined;
  /** Draws the app's chapter: a chapter id, or undefined to leave the story. */
  show(at: string | undefined): void;
}

export function connectStory(root: HTMLElement, ctx: AppContext): StoryReader | undefined {
  const found = root.querySelector<HTMLElement>('[data-story]');
  const config = found ? readJson<StoryConfig>(found, '[data-story-config]') : undefined;
  if (!found || !config || config.chapters.length === 0) return undefined;
  const section: HTMLElement = found;
  const { chapters, strings, language } = config;
  const total = chapters.length;
  const start = section.querySelector<HTMLElement>('[data-story-start]')!;
  const card = section.querySelector<HTMLElement>('[data-story-card]')!;
  const nav = section.querySelector<HTMLElement>('[data-story-nav]')!;
  const progress = section.querySelector<HTMLElement>('[data-story-progress]')!;
  const meter = section.querySelector<HTMLElement>('[data-story-meter]')!;
  const play = section.querySelector<HTMLButtonElement>('[data-story-play]')!;
  const sectionOf = (id: string) => section.querySelector<HTMLElement>(`[data-chapter="${CSS.escape(id)}"]`);
  const byId = (id: string) => chapters.find((c) => c.id === id);
  /** What is shown: undefined (not reading), CARD, or a chapter id. */
  let at: string | undefined;
  let timer: number | undefined;

  function draw(next: string | undefined) {
    at = next;
    const reading = next !== undefined;
    section.dataset.reading = reading ? 'true' : 'false';
    document.documentElement.toggleAttribute('data-story-reading', reading);
    start.hidden = reading;
    nav.hidden = !reading;
    card.hidden = next !== CARD;
    // Out of the story the chapters fold away behind their list of links; each shows alone while it is read.
    for (const chapter of chapters) sectionOf(chapter.id)!.hidden = chapter.id !== next;
    if (!reading) return stopAutoplay();
    const index = next === CARD ? -1 : chapters.findIndex((c) => c.id === next);
    progress.textContent =
      index < 0 ? strings.titleCard : formatMessage(strings.count, { n: index + 1, total }, language);
    ctx.announce(
      index < 0 ? progress.textContent : `${progress.textContent}${strings.colon} ${chapters[index]!.title}`,
    );
    meter.style.width = `${((index + 1) / total) * 100}%`;
    for (const button of nav.querySelectorAll<HTMLButtonElement>('[data-story-step]')) {
      const step = Number(button.dataset.storyStep);
      const possible = step < 0 ? index >= 0 : index < total - 1;
      // aria-disabled, not disabled: a focused button that became disabled would drop focus to the page.
      button.setAttribute('aria-disabled', String(!possible));
    }
    play.hidden = ctx.reducedMotion();
    if (index === total - 1) stopAutoplay();
  }

  /** Moves to the chapter `step` away (the title card is before the first), as a reader asked. */
  function step(by: number, focus: boolean) {
    if (at === undefined) return;
    const current = at === CARD ? undefined : at;
    if (by < 0 && current === chapters[0]!.id) return go(CARD, focus);
    const next = stepChapter(chapters, current, by);
    if (next) go(next.id, focus);
  }

  function go(next: string | undefined, focus: boolean) {
    draw(next);
    ctx.dispatch({ type: 'chapter', id: next === CARD ? undefined : next, origin: 'story' });
    if (focus)
      (next === CARD
        ? card
        : next
          ? sectionOf(next)
          : section.querySelector<HTMLElement>('[data-story-begin]')
      )?.focus();
  }

  function stopAutoplay() {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    play.textContent = strings.play;
    play.setAttribute('aria-pressed', 'false');
  }

  function scheduleAutoplay() {
    const chapter = at && at !== CARD ? byId(at) : undefined;
    const wait = AUTOPLAY_BASE_MS + (chapter ? chapter.events.length * AUTOPLAY_PER_EVENT_MS : 0);
    timer = window.setTimeout(() => {
      if (ctx.reducedMotion()) return stopAutoplay();
      step(1, false);
      if (timer !== undefined) scheduleAutoplay();
    }, wait);
  }

  function startAutoplay() {
    if (ctx.reducedMotion()) return;
    play.textContent = strings.pause;
    play.setAttribute('aria-pressed', 'true');
    // From the last chapter, play starts again from the first.
    if (at === chapters.at(-1)!.id) go(chapters[0]!.id, false);
    scheduleAutoplay();
  }

  section.addEventListener('click', (event) => {
    const target = event.target as Element;
    const link = target.closest<HTMLAnchorElement>('[data-chapter-link]');
    const stepButton = target.closest<HTMLElement>('[data-story-step]');
    if (link) {
      event.preventDefault();
      go(link.dataset.chapterLink, true);
    } else if (target.closest('[data-story-begin]')) {
      go(CARD, true);
    } else if (stepButton) {
      if (stepButton.getAttribute('aria-disabled') === 'true') return;
      stopAutoplay();
      // Focus stays on the button, so it can be pressed again; the new chapter is announced.
      step(Number(stepButton.dataset.storyStep), false);
    } else if (target.closest('[data-story-play]')) {
      if (timer === undefined) startAutoplay();
      else stopAutoplay();
    } else if (target.closest('[data-story-leave]')) {
      go(undefined, true);
    }
  });

  section.addEventListener('keydown', (event) => {
    if (at === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    if ((event.target as Element).closest('input, textarea, select')) return;
    // ← and → as they look: in a right-to-left page time runs leftwards (as on the timeline), so ← is the next chapter.
    const [ahead, behind] =
      getComputedStyle(section).direction === 'rtl' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowRight', 'ArrowLeft'];
    const forward = event.key === ahead || event.key === 'PageDown';
    const back = event.key === behind || event.key === 'PageUp';
    if (!forward && !back) return;
    event.preventDefault();
    stopAutoplay();
    step(forward ? 1 : -1, true);
  });

  matchMedia('(prefers-reduced-motion: reduce)').addEventListener('change', () => {
    if (ctx.reducedMotion()) stopAutoplay();
    if (at !== undefined) play.hidden = ctx.reducedMotion();
  });

  section.querySelector<HTMLElement>('[data-story-begin-row]')!.hidden = false;
  // Out of the story until the app says otherwise (?chapter= comes next).
  draw(undefined);
  return {
    chapters,
    byId,
    show(next) {
      if (next === at) return;
      // Leaving a chapter for no chapter keeps the reader at the title card if the story was open.
      draw(next);
    },
  };
}

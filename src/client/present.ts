// Projector view: steps one event (or one chapter) at a time with arrows, Page Up/Down (presentation clickers) and space.
// The slides are the page; which ones there are, in what order and of what kind comes from the page's JSON.
import { matchesFilters } from '../core/filter-events.ts';
import { formatMessage } from '../core/messages.ts';
import type { PresentPayload } from '../core/timeline-payload.ts';
import { parseViewState } from '../core/url-state.ts';
import { readJson } from './read-json.ts';

const NOTE_KEY = 'timeline-content-note-seen';

function noteSeen(): boolean {
  try {
    return sessionStorage.getItem(NOTE_KEY) === 'yes';
  } catch {
    return false; // storage can be blocked (sandboxed or private browsing): then the note shows each time
  }
}

function rememberNote() {
  try {
    sessionStorage.setItem(NOTE_KEY, 'yes');
  } catch {
    // nothing to remember with
  }
}

type Slide = PresentPayload['slides'][number] | NonNullable<PresentPayload['chapters']>[number];
type Mode = 'events' | 'chapters';

export function startPresentation(root: HTMLElement) {
  const payload = readJson<PresentPayload>(document, '[data-present-payload]');
  if (!payload) return;
  const state = parseViewState(location.search);
  const chapters = payload.chapters ?? [];
  // ?chapter= steps through chapters; otherwise events, as before.
  let mode: Mode = state.chapter && chapters.some((c) => c.id === state.chapter) ? 'chapters' : 'events';
  const modeButtons = [...document.querySelectorAll<HTMLButtonElement>('[data-present-mode]')];
  const element = (slide: Slide) =>
    document.getElementById(mode === 'chapters' ? `present-chapter-${slide.id}` : `slide-${slide.id}`)!;
  const slideElements = [...root.querySelectorAll<HTMLElement>('.slide')];
  const note = root.querySelector<HTMLElement>('[data-present-note]')!;
  const live = root.querySelector<HTMLElement>('[data-present-live]')!;
  const hideBox = document.querySelector<HTMLInputElement>('[data-hide-sensitive]')!;
  hideBox.checked = Boolean(state.hideSensitive);
  let index = 0;
  let current: Slide | undefined;

  // The same filter rules as the timeline; the projector view has no search box, so the text never matters.
  // Chapters are summaries: the sensitive switch hides events, while a chapter keeps its content note.
  const shown = (): Slide[] =>
    mode === 'chapters'
      ? chapters
      : payload.slides.filter((s) =>
          matchesFilters({ ...s, text: '' }, { types: state.types, hideSensitive: hideBox.checked }),
        );

  function render(list: Slide[]) {
    current = list[index];
    const shownElement = current ? element(current) : undefined;
    for (const el of slideElements) el.hidden = el !== shownElement;
    for (const button of modeButtons) button.setAttribute('aria-pressed', String(button.dataset.presentMode === mode));
    if (!current) return;
    const message = mode === 'chapters' ? payload!.chapterCount! : payload!.slideCount;
    const count = formatMessage(message, { n: index + 1, total: list.length }, payload!.language);
    element(current).querySelector('.slide-count')!.textContent = count;
    root.dataset.current = current.id;
    live.textContent = `${current.when}${payload!.colon} ${current.title}`;
    try {
      const url = new URL(location.href);
      url.searchParams.delete(mode === 'chapters' ? 'event' : 'chapter');
      url.searchParams.set(mode === 'chapters' ? 'chapter' : 'event', current.id);
      history.replaceState(history.state, '', url);
    } catch {
      // a sandboxed frame may not change its URL
    }
  }

  function go(target: number) {
    const list = shown();
    if (list.length === 0) return;
    index = Math.max(0, Math.min(list.length - 1, target));
    render(list);
    // A content note comes before the first sensitive event of the visit. The slide is only veiled on screen,
    // never hidden, so a screen reader can still reach its text.
    const veil = Boolean(list[index]!.sensitive) && !noteSeen();
    element(list[index]!).classList.toggle('is-veiled', veil);
    note.hidden = !veil;
    if (veil) note.focus();
  }

  note.querySelector('[data-note-continue]')!.addEventListener('click', () => {
    rememberNote();
    note.hidden = true;
    for (const el of slideElements) el.classList.remove('is-veiled');
    root.focus();
  });

  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (event.altKey || event.ctrlKey || event.metaKey || target.closest('input, button, a, select, textarea')) return;
    if (!note.hidden) return;
    // ← and → as they look: in a right-to-left page the slides' time line runs leftwards, so ← is the next event.
    const [ahead, behind] =
      getComputedStyle(document.documentElement).direction === 'rtl'
        ? ['ArrowLeft', 'ArrowRight']
        : ['ArrowRight', 'ArrowLeft'];
    const forward =
      [ahead, 'ArrowDown', 'PageDown', 'Enter'].includes(event.key) || (event.key === ' ' && !event.shiftKey);
    const back =
      [behind, 'ArrowUp', 'PageUp', 'Backspace'].includes(event.key) || (event.key === ' ' && event.shiftKey);
    if (forward) go(index + 1);
    else if (back) go(index - 1);
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(shown().length - 1);
    else return;
    event.preventDefault();
  });

  for (const button of modeButtons)
    button.addEventListener('click', () => {
      if (button.dataset.presentMode === mode) return;
      mode = button.dataset.presentMode as Mode;
      go(0);
    });
  hideBox.addEventListener('change', () =>
    go(
      Math.max(
        0,
        shown().findIndex((s) => s.id === current?.id),
      ),
    ),
  );
  document.querySelector('[data-fullscreen]')!.addEventListener('click', () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  });

  document.documentElement.classList.add('present-js');
  document.querySelector<HTMLElement>('[data-present-controls]')!.hidden = false;
  root.querySelector<HTMLElement>('[data-present-help]')!.hidden = false;
  root.tabIndex = -1;
  const at = mode === 'chapters' ? state.chapter : state.event;
  const start = at ? shown().findIndex((s) => s.id === at) : 0;
  go(Math.max(0, start));
}

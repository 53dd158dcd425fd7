// Projector view: steps one event at a time with arrows, Page Up/Down (presentation clickers) and space.
import { matchesFilters } from '../core/filter-events.ts';
import { parseViewState } from '../core/url-state.ts';
import type { EventType } from '../core/event-types.ts';

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

export function startPresentation(root: HTMLElement) {
  const state = parseViewState(location.search);
  const slides = [...root.querySelectorAll<HTMLElement>('.slide')];
  const note = root.querySelector<HTMLElement>('[data-present-note]')!;
  const live = root.querySelector<HTMLElement>('[data-present-live]')!;
  const hideBox = document.querySelector<HTMLInputElement>('[data-hide-sensitive]')!;
  hideBox.checked = Boolean(state.hideSensitive);
  let index = 0;
  // "Event 999991 of 999992" in the page's language: the numbers are placeholders for the client to fill.
  const countTemplate = root.dataset.countTemplate ?? '999991 / 999992';

  // The same filter rules as the timeline; the projector view has no search box, so the text never matters.
  const shown = () =>
    slides.filter((s) =>
      matchesFilters(
        { type: s.dataset.type as EventType, sensitive: s.dataset.sensitive === 'true', text: '' },
        { types: state.types, hideSensitive: hideBox.checked },
      ),
    );

  function render(list = shown()) {
    for (const slide of slides) slide.hidden = slide !== list[index];
    const current = list[index];
    if (!current) return;
    current.querySelector('.slide-count')!.textContent = countTemplate
      .replace('999991', String(index + 1))
      .replace('999992', String(list.length));
    root.dataset.current = current.dataset.eventId;
    live.textContent = `${current.querySelector('.slide-date')!.textContent}: ${current.querySelector('.slide-title')!.textContent}`;
    try {
      const url = new URL(location.href);
      url.searchParams.set('event', current.dataset.eventId!);
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
    const veil = list[index]!.dataset.sensitive === 'true' && !noteSeen();
    list[index]!.classList.toggle('is-veiled', veil);
    note.hidden = !veil;
    if (veil) note.focus();
  }

  note.querySelector('[data-note-continue]')!.addEventListener('click', () => {
    rememberNote();
    note.hidden = true;
    for (const slide of slides) slide.classList.remove('is-veiled');
    root.focus();
  });

  document.addEventListener('keydown', (event) => {
    if (
      event.altKey ||
      event.ctrlKey ||
      event.metaKey ||
      (event.target as HTMLElement).closest('input, button, a, select, textarea')
    )
      return;
    if (!note.hidden) return;
    const forward =
      ['ArrowRight', 'ArrowDown', 'PageDown', 'Enter'].includes(event.key) || (event.key === ' ' && !event.shiftKey);
    const back =
      ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'].includes(event.key) || (event.key === ' ' && event.shiftKey);
    if (forward) go(index + 1);
    else if (back) go(index - 1);
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(shown().length - 1);
    else return;
    event.preventDefault();
  });

  hideBox.addEventListener('change', () => {
    const currentId = root.dataset.current;
    go(
      Math.max(
        0,
        shown().findIndex((s) => s.dataset.eventId === currentId),
      ),
    );
  });
  document.querySelector('[data-fullscreen]')!.addEventListener('click', () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  });

  document.documentElement.classList.add('present-js');
  document.querySelector<HTMLElement>('[data-present-controls]')!.hidden = false;
  root.querySelector<HTMLElement>('[data-present-help]')!.hidden = false;
  root.tabIndex = -1;
  const start = state.event ? shown().findIndex((s) => s.dataset.eventId === state.event) : 0;
  go(Math.max(0, start));
}

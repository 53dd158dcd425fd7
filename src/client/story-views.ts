// The views of issue 14 in the browser: the switch between the timeline, "the time between" (?view=gaps) and "the
// cases side by side" (?view=aligned); keyboard movement inside each view (one tab stop, arrow keys); the time between
// laid out again for the events the filters leave; and the "how long it took" strip for the detail panel. Loaded
// only when one of them is wanted (it brings D3's scale). The views are in the page already, drawn at build time.
import type { StoryView } from '../core/url-state.ts';
import { gapSteps, laterRelated, type ViewEvent } from '../core/time-between.ts';
import { gapItemsHtml, howLongHtml, type MarkupStrings } from '../core/views-markup.ts';
import type { AppContext, LoadedData } from './app-context.ts';
import { payloadDate, type ClientEvent } from '../core/timeline-payload.ts';

export type ViewName = StoryView | 'timeline';

function viewEvent(e: ClientEvent): ViewEvent {
  return {
    id: e.id,
    type: e.type,
    date: payloadDate(e),
    title: e.title,
    label: e.label,
    when: e.when,
    related: e.related,
  };
}

const viewEvents = new WeakMap<LoadedData, ViewEvent[]>();
function eventsOf(loaded: LoadedData): ViewEvent[] {
  let events = viewEvents.get(loaded);
  if (!events) viewEvents.set(loaded, (events = loaded.events.map(viewEvent)));
  return events;
}

function stringsOf(loaded: LoadedData): MarkupStrings {
  return { ...loaded.payload.strings.timeBetween, types: loaded.payload.strings.types };
}

/** Roving focus over `items`: one tab stop, arrow keys between them (`step` picks the next from a key). */
function rove(
  container: HTMLElement,
  items: () => HTMLElement[],
  step: (key: string, current: HTMLElement, all: HTMLElement[]) => HTMLElement | undefined,
) {
  const reset = () => {
    const all = items();
    const current = all.find((el) => el.tabIndex === 0) ?? all[0];
    for (const el of all) el.tabIndex = el === current ? 0 : -1;
  };
  container.addEventListener('keydown', (event) => {
    const all = items();
    const current = (event.target as Element).closest<HTMLElement>('a');
    if (!current || !all.includes(current) || event.altKey || event.ctrlKey || event.metaKey) return;
    const next = step(event.key, current, all);
    if (!next) return;
    event.preventDefault();
    for (const el of all) el.tabIndex = el === next ? 0 : -1;
    next.focus();
  });
  container.addEventListener('focusin', (event) => {
    const target = event.target as HTMLElement;
    const all = items();
    if (all.includes(target)) for (const el of all) el.tabIndex = el === target ? 0 : -1;
  });
  reset();
  return reset;
}

/**
 * The arrow that moves forward in time along a row, as the reader sees it: → where time runs left to right, ← in a
 * right-to-left page (time runs right to left there, the earliest at the right; see README, "Right to left").
 */
function aheadKey(element: Element): { ahead: string; behind: string } {
  return getComputedStyle(element).direction === 'rtl'
    ? { ahead: 'ArrowLeft', behind: 'ArrowRight' }
    : { ahead: 'ArrowRight', behind: 'ArrowLeft' };
}

/** Next and previous along a list: arrows either way (← and → as they look), Home and End. */
function alongList(key: string, current: HTMLElement, all: HTMLElement[]): HTMLElement | undefined {
  const i = all.indexOf(current);
  const { ahead, behind } = aheadKey(current);
  if (key === ahead || key === 'ArrowDown') return all[i + 1];
  if (key === behind || key === 'ArrowUp') return all[i - 1];
  if (key === 'Home') return all[0];
  if (key === 'End') return all.at(-1);
  return undefined;
}

/** A mark's place along its row, as a share of the width from the start of time (the build's inline start). */
const placeOf = (mark: HTMLElement) => parseFloat(mark.style.getPropertyValue('inset-inline-start'));

export function connectViews(root: HTMLElement, ctx: AppContext, data: () => Promise<LoadedData>) {
  const sections = new Map(
    [...root.querySelectorAll<HTMLElement>('.story-view[data-view]')].map((s) => [s.dataset.view as StoryView, s]),
  );
  for (const keys of root.querySelectorAll<HTMLElement>('[data-view-keys]')) keys.hidden = false;

  // The time between: one tab stop, arrow keys along the steps.
  const gapsList = root.querySelector<HTMLElement>('[data-gaps-list]');
  const gapLinks = () => [...(gapsList?.querySelectorAll<HTMLElement>('.gaps-event') ?? [])];
  const resetGaps = gapsList ? rove(gapsList, gapLinks, alongList) : () => {};

  // The cases side by side: ← and → along a row (as they look), up and down to the nearest mark of the next row.
  const rowsList = root.querySelector<HTMLElement>('[data-aligned-rows]');
  const readout = root.querySelector<HTMLElement>('[data-aligned-readout]');
  const marks = () => [...(rowsList?.querySelectorAll<HTMLElement>('[data-aligned-mark]') ?? [])];
  if (rowsList) {
    const rowOf = (mark: HTMLElement) => [
      ...mark.closest('.aligned-row')!.querySelectorAll<HTMLElement>('[data-aligned-mark]'),
    ];
    const rows = () => [...rowsList.querySelectorAll<HTMLElement>('.aligned-row')];
    rove(rowsList, marks, (key, current) => {
      const row = rowOf(current);
      const i = row.indexOf(current);
      const { ahead, behind } = aheadKey(current);
      if (key === ahead) return row[i + 1];
      if (key === behind) return row[i - 1];
      if (key === 'Home') return row[0];
      if (key === 'End') return row.at(-1);
      if (key !== 'ArrowDown' && key !== 'ArrowUp') return undefined;
      const all = rows();
      const r = all.indexOf(current.closest<HTMLElement>('.aligned-row')!) + (key === 'ArrowDown' ? 1 : -1);
      const other = all[r] ? [...all[r].querySelectorAll<HTMLElement>('[data-aligned-mark]')] : [];
      const x = placeOf(current);
      // The mark nearest in time from the case, so moving down compares like with like.
      return other.reduce<HTMLElement | undefined>(
        (best, m) => (!best || Math.abs(placeOf(m) - x) < Math.abs(placeOf(best) - x) ? m : best),
        undefined,
      );
    });
    const show = (event: Event) => {
      const mark = (event.target as Element).closest<HTMLElement>('[data-aligned-mark]');
      if (mark && readout) readout.textContent = mark.getAttribute('aria-label');
    };
    rowsList.addEventListener('focusin', show);
    rowsList.addEventListener('pointerover', show);
  }

  // Filters apply to the time between: the steps are laid out again for the events they leave.
  const filtered = root.querySelector<HTMLElement>('[data-gaps-filtered]');
  /** What the steps show: every event (null) as the build drew them, or the filters' set; undefined: not drawn yet. */
  let drawnFor: ReadonlySet<string> | null | undefined = gapsList?.hasAttribute('data-gaps-pending') ? undefined : null;
  async function relayGaps(visible: ReadonlySet<string> | null) {
    if (!gapsList || visible === drawnFor) return;
    drawnFor = visible;
    gapsList.removeAttribute('data-gaps-pending');
    const loaded = await data();
    if (drawnFor !== visible) return;
    const events = eventsOf(loaded).filter((e) => !visible || visible.has(e.id));
    const t = stringsOf(loaded);
    gapsList.innerHTML = gapItemsHtml(
      gapSteps(events, loaded.payload.language, t),
      (id) => `${ctx.config.eventPage}${id}/`,
      loaded.payload.language,
      t,
    );
    if (filtered) filtered.hidden = !visible;
    resetGaps();
  }

  return {
    /** Shows a view in the timeline's place (the timeline: none of the others). */
    show(view: ViewName, focus = false) {
      // A fragment left by a link followed before the script ran would keep its section shown (:target).
      if (location.hash.startsWith('#view-')) {
        try {
          history.replaceState(history.state, '', `${location.pathname}${location.search}`);
        } catch {
          // A sandboxed embed may not touch its URL.
        }
      }
      if (view === 'gaps' && ctx.visible() !== drawnFor) void relayGaps(ctx.visible());
      const section = view === 'timeline' ? undefined : sections.get(view);
      if (focus)
        (section ?? root.querySelector<HTMLElement>('[data-timeline-region]'))?.focus({ preventScroll: false });
    },
    /** The filters changed: the time between follows them. */
    filter(visible: ReadonlySet<string> | null) {
      if (root.dataset.activeView === 'gaps') void relayGaps(visible);
    },
  };
}

/** "How long it took" for the detail panel: the same strip as the event page, from the payload. */
export function howLongNode(id: string, loaded: LoadedData, eventPage: string): HTMLElement | undefined {
  const events = eventsOf(loaded);
  const event = events.find((e) => e.id === id);
  if (!event) return undefined;
  const t = stringsOf(loaded);
  const language = loaded.payload.language;
  const html = howLongHtml(
    event,
    laterRelated(event, events, language, t),
    (other) => `${eventPage}${other}/`,
    loaded.payload.strings.timeBetween.howLongHeading,
    loaded.payload.strings.timeBetween.howLongHowTo,
    3,
    language,
    t,
  );
  if (!html) return undefined;
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content.firstElementChild as HTMLElement;
}

export type StoryViews = ReturnType<typeof connectViews>;

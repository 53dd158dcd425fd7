// The reader's ways into the timeline besides vis-timeline's own drag and zoom: one tab stop with roving focus, the
// keys (timeline-keys.ts), clicks on markers, labels and clusters, the toolbar's commands, and the tooltip.
import type { Timeline } from 'vis-timeline/esnext';
import type { TimeRange } from '../core/loaded-range.ts';
import { stepFrom, stepLane } from '../core/timeline-navigation.ts';
import type { ClientEvent } from '../core/timeline-payload.ts';
import type { AppContext, TimelineCommand } from './app-context.ts';
import { bindTimelineKeys, connectHelp, type TimelineKey } from './timeline-keys.ts';
import type { TimelineRenderer } from './timeline-render.ts';
import { createTooltip } from './timeline-tooltip.ts';

const DAY = 86_400_000;

export interface InputDeps {
  ctx: AppContext;
  region: HTMLElement;
  container: HTMLElement;
  timeline: Timeline;
  renderer: TimelineRenderer;
  events: readonly ClientEvent[];
  byId: ReadonlyMap<string, ClientEvent>;
  isShown: (id: string) => boolean;
  /** The selected event, and the one the keyboard is on (usually the same), kept out of clusters. */
  state: { selected: string | undefined; current: string | undefined };
  animation: () => boolean;
  full: TimeRange;
  /** Recomputes what is drawn (the kept event changed). */
  draw: () => void;
  redraw: () => void;
}

export function connectTimelineInput(deps: InputDeps) {
  const { ctx, container, timeline, renderer, events, byId, isShown, state } = deps;
  const windowOf = () => {
    const w = timeline.getWindow();
    return { start: w.start.getTime(), end: w.end.getTime() };
  };
  const shownInOrder = () => events.filter((e) => isShown(e.id));
  const inView = (el: HTMLElement) => {
    if (!el.isConnected) return false;
    const box = el.getBoundingClientRect();
    const area = container.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
    return box.right > area.left && box.left < area.right;
  };

  /** Brings an event into view: to the middle, or only if it is near an edge or outside. */
  function reveal(event: ClientEvent, how: 'centre' | 'reveal', then?: () => void) {
    const now = windowOf();
    const share = (event.start - now.start) / (now.end - now.start);
    if (how === 'reveal' && share > 0.08 && share < 0.92) return then?.();
    timeline.moveTo(event.start, { animation: deps.animation() }, () => then?.());
  }

  function setCurrent(id: string | undefined) {
    if (id === state.current) return;
    state.current = id;
    deps.draw();
  }

  /** A keyboard step inside the timeline: select the event, show it, and move focus to its marker. */
  function go(event: ClientEvent | undefined) {
    if (!event) return;
    state.selected = event.id;
    setCurrent(event.id);
    deps.redraw();
    const focus = () => {
      const el = renderer.marker(event.id);
      // Only while the reader is still in the timeline: Enter may have taken them to the details meanwhile.
      const here = document.activeElement;
      if (el?.isConnected && (!here || here === document.body || container.contains(here)))
        el.focus({ preventScroll: true });
    };
    focus();
    // While the timeline moves to a far event, the timeline itself holds focus, so the keys keep working.
    if (!container.contains(document.activeElement)) {
      if (!container.hasAttribute('tabindex')) container.tabIndex = -1;
      container.focus({ preventScroll: true });
    }
    reveal(event, 'reveal', focus);
    // Focus says the marker's name ("date: title"); the live region would only repeat it.
    ctx.dispatch({ type: 'select', id: event.id, origin: 'timeline', announce: false });
  }

  function choose(id: string, focusDetail = false) {
    state.selected = id;
    setCurrent(id);
    deps.redraw();
    ctx.dispatch({ type: 'select', id, origin: 'timeline', ...(focusDetail ? { focusDetail } : {}) });
  }

  /** A cluster or block zooms in to its stretch; at the closest zoom (events on one day) its first event is chosen. */
  function zoomInto(el: HTMLElement) {
    const from = Number(el.dataset.start);
    const to = Number(el.dataset.end);
    const now = windowOf();
    if (now.end - now.start <= 15 * DAY) {
      const first = events.find((e) => e.start >= from && isShown(e.id) && e.type === el.dataset.lane);
      if (first) go(first);
      return;
    }
    // A block is a calendar stretch: show just it. A cluster's events need room around them to come apart.
    const span = Math.max((to - from) * (el.classList.contains('is-block') ? 1.1 : 1.6), 14 * DAY);
    const middle = (from + to) / 2;
    timeline.setWindow(middle - span / 2, middle + span / 2, { animation: deps.animation() });
  }

  const tooltip = createTooltip(container, (el) => byId.get((el as HTMLElement).dataset.id ?? ''));
  const openHelp = connectHelp(deps.region.querySelector<HTMLDetailsElement>('[data-howto]'), () => {
    if (state.current) renderer.marker(state.current)?.focus();
  });
  bindTimelineKeys(container, (key: TimelineKey, target) => {
    const shown = shownInOrder();
    const here = state.current ? byId.get(state.current) : undefined;
    const windowStart = windowOf().start;
    if (key.kind === 'time')
      go(stepFrom(shown, here && isShown(here.id) ? here.id : undefined, key.delta, windowStart));
    else if (key.kind === 'lane')
      go(here ? stepLane(shown, here, key.delta) : stepFrom(shown, undefined, 1, windowStart));
    else if (key.kind === 'end') go(key.which === 'first' ? shown[0] : shown.at(-1));
    else if (key.kind === 'open') {
      const id = target.dataset.id ?? state.current;
      if (id) choose(id, true);
    } else if (key.kind === 'close') {
      tooltip.hide();
      ctx.dispatch({ type: 'close-detail' });
    } else if (key.kind === 'zoom') {
      // Zooms around the current event when it is in view, else around the middle.
      const now = windowOf();
      const span = (now.end - now.start) * (key.delta > 0 ? 0.5 : 2);
      const inView = here && here.start >= now.start && here.start <= now.end;
      const share = inView ? (here.start - now.start) / (now.end - now.start) : 0.5;
      const anchor = now.start + share * (now.end - now.start);
      timeline.setWindow(anchor - share * span, anchor + (1 - share) * span, { animation: deps.animation() });
    } else openHelp();
  });
  container.addEventListener('focusin', (event) => {
    const id = (event.target as HTMLElement).dataset.id;
    if (id) setCurrent(id);
  });
  // A drag that starts or ends on a marker moves the timeline; only a press without movement chooses.
  let down: { x: number; y: number } | undefined;
  container.addEventListener('pointerdown', (event) => (down = { x: event.clientX, y: event.clientY }));
  container.addEventListener('click', (event) => {
    const moved = down && Math.hypot(event.clientX - down.x, event.clientY - down.y) > 5 && event.detail > 0;
    const el = (event.target as Element).closest<HTMLElement>('.tl-mark, .tl-label');
    if (!el || moved) return;
    if (el.dataset.id) choose(el.dataset.id);
    else zoomInto(el);
  });
  // ⌘ + wheel zooms too, for readers on a Mac (vis-timeline's zoomKey takes one key).
  container.addEventListener(
    'wheel',
    (event) => {
      if (!event.metaKey) return;
      event.preventDefault();
      if (event.deltaY < 0) timeline.zoomIn(0.2);
      else timeline.zoomOut(0.2);
    },
    { passive: false },
  );

  let tabStop: HTMLElement | undefined;
  /** One tab stop into the timeline (roving tabindex): the current event's marker, else the first one in view. */
  function roveTabStop() {
    const current = state.current ? renderer.marker(state.current) : undefined;
    const next =
      current && inView(current)
        ? current
        : renderer
            .markers()
            .filter((el) => el.dataset.id && inView(el))
            .sort((a, b) => byId.get(a.dataset.id!)!.start - byId.get(b.dataset.id!)!.start)[0];
    if (tabStop && tabStop !== next) tabStop.tabIndex = -1;
    tabStop = next;
    if (tabStop) tabStop.tabIndex = 0;
    // With no marker in view, the timeline itself takes the tab stop, and the arrows reach the next event from there.
    // (Kept focusable while it has focus, so a reader on it is never dropped to the page.)
    if (!tabStop) container.tabIndex = 0;
    else if (document.activeElement === container) container.tabIndex = -1;
    else container.removeAttribute('tabindex');
  }

  function command(which: TimelineCommand) {
    const shown = shownInOrder();
    const start = windowOf().start;
    const pick = (event: ClientEvent | undefined) =>
      event && ctx.dispatch({ type: 'select', id: event.id, origin: 'keyboard', openDetail: true });
    if (which === 'prev' || which === 'next') pick(stepFrom(shown, state.current, which === 'next' ? 1 : -1, start));
    else if (which === 'first') pick(shown[0]);
    else if (which === 'last') pick(shown.at(-1));
    else if (which === 'zoom-in') timeline.zoomIn(0.5, { animation: deps.animation() });
    else if (which === 'zoom-out') timeline.zoomOut(0.5, { animation: deps.animation() });
    else timeline.setWindow(deps.full.start, deps.full.end, { animation: deps.animation() });
  }

  return { reveal: (event: ClientEvent, how: 'centre' | 'reveal') => reveal(event, how), roveTabStop, command };
}

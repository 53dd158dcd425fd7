// Loaded on demand: the interactive timeline. Lanes of markers drawn by our own small renderer (timeline-render.ts),
// the window and its gestures (timeline-window.ts), the keys (timeline-keys.ts) and the brush on the overview.
import { alignToBins, binMonthsFor, itemsToDraw } from '../core/crowding.ts';
import { loadedRangeFor, needsReload, type TimeRange } from '../core/loaded-range.ts';
import { formatMessage } from '../core/messages.ts';
import { utcDay } from '../core/partial-date.ts';
import { xOf } from '../core/time-axis.ts';
import { fullWindow, initialWindow, type TimelineItem } from '../core/timeline-items.ts';
import { stepFrom, stepLane } from '../core/timeline-navigation.ts';
import type { ClientEvent, TimelinePayload } from '../core/timeline-payload.ts';
import type { AppContext, LoadedData, TimelineCommand } from './app-context.ts';
import { attachBrush } from './overview-brush.ts';
import { bindTimelineKeys, connectHelp, type TimelineKey } from './timeline-keys.ts';
import { createRenderer } from './timeline-render.ts';
import { createTooltip } from './timeline-tooltip.ts';
import { createWindow } from './timeline-window.ts';

export interface TimelineView {
  /** Selects an event (or none) chosen elsewhere: 'centre' puts it in the middle, 'reveal' only brings it into view. */
  select(id: string | undefined, how?: 'centre' | 'reveal'): void;
  setVisible(ids: ReadonlySet<string> | null): void;
  command(command: TimelineCommand): void;
}

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;

/** The file's focus span, with a little air, or undefined when it has none. */
function focusWindow(focus: TimelinePayload['focus']): TimeRange | undefined {
  if (!focus || focus.to <= focus.from) return undefined;
  const pad = (focus.to - focus.from) * 0.02;
  return { start: focus.from - pad, end: focus.to + pad };
}

export function mountTimeline(ctx: AppContext, region: HTMLElement, data: LoadedData): TimelineView {
  performance.mark('timeline:chunk-loaded');
  const { events, byId, payload } = data;
  const canvas = region.querySelector<HTMLElement>('#timeline')!;
  const lanes = canvas.querySelector<HTMLElement>('.tl-lanes')!;
  canvas.querySelector('[data-timeline-message]')?.remove();
  let visible = ctx.visible();
  const isShown = (id: string) => visible === null || visible.has(id);
  const shownInOrder = () => events.filter((e) => isShown(e.id));
  const full = fullWindow(events);
  const opening = focusWindow(payload.focus) ?? initialWindow(events);
  const { from, to } = ctx.state;
  const start = from !== undefined ? utcDay(from) : opening.start;
  const end = to !== undefined ? utcDay(to + 1) : opening.end;
  /** The selected event; `current` is the one the keyboard is on (usually the same), kept out of clusters. */
  let selected = ctx.selected();
  let current = selected;

  performance.mark('timeline:construct');
  // The timeline draws the events near its window (loaded-range.ts), grouped where crowded (crowding.ts), and always
  // the current event on its own. Both follow the window as the reader moves.
  let loaded: TimeRange = { start, end };
  let binMonths = 0;
  let items: TimelineItem[] = [];
  const label = (count: number) => formatMessage(payload.strings.timelineGroup, { count }, payload.language);
  const binsAcross = () => Math.max(4, Math.round(canvas.clientWidth / 110));
  function draw() {
    const shown = events.filter((e) => isShown(e.id) || e.id === current);
    items = itemsToDraw(shown, { loaded, binMonths, ...(current ? { keep: current } : {}), label });
  }
  function follow(range: TimeRange) {
    const months = binMonthsFor(range.end - range.start, binsAcross());
    if (months === binMonths && !needsReload(range, loaded)) return;
    binMonths = months;
    loaded = alignToBins(loadedRangeFor(range), months);
    draw();
  }

  const renderer = createRenderer(canvas, { byId, strings: payload.strings, language: payload.language });
  let tabStop: HTMLElement | undefined;
  function render() {
    renderer.render({
      window: win.get(),
      items,
      ...(current ? { keep: current } : {}),
      ...(selected ? { selected } : {}),
    });
    // One tab stop into the timeline (roving tabindex): the current event's marker, else the first one in view.
    const next =
      (current && renderer.marker(current)) ||
      [...lanes.querySelectorAll<HTMLElement>('.tl-mark[data-id]')]
        .filter((el) => el.offsetLeft + el.offsetWidth > 0 && el.offsetLeft < canvas.clientWidth)
        .sort((a, b) => byId.get(a.dataset.id!)!.start - byId.get(b.dataset.id!)!.start)[0];
    if (tabStop && tabStop !== next) tabStop.tabIndex = -1;
    tabStop = next || undefined;
    if (tabStop) tabStop.tabIndex = 0;
    // With nothing to focus, the lanes themselves take the tab stop, so arrows can still reach the next event.
    lanes.tabIndex = tabStop ? -1 : 0;
  }

  const exposeWindow = (range: TimeRange) =>
    (ctx.root.dataset.window = `${new Date(range.start).toISOString()}/${new Date(range.end).toISOString()}`);
  const win = createWindow(
    canvas,
    { start, end },
    {
      limits: { min: full.start - 5 * YEAR, max: full.end + 5 * YEAR, zoomMin: 14 * DAY },
      animate: () => !ctx.reducedMotion(),
      onChange(range) {
        exposeWindow(range);
        follow(range);
        render();
      },
      onSettle(range, byUser) {
        brush?.show(range.start, range.end);
        if (byUser)
          ctx.dispatch({
            type: 'window',
            fromYear: new Date(range.start).getUTCFullYear(),
            toYear: new Date(range.end).getUTCFullYear(),
          });
      },
    },
  );

  /** Brings an event into view: to the middle, or only if it is near an edge or outside. */
  function reveal(event: ClientEvent, how: 'centre' | 'reveal') {
    const now = win.get();
    const span = now.end - now.start;
    const x = xOf(event.start, now, 1);
    if (how === 'reveal' && x > 0.08 && x < 0.92) return;
    win.set({ start: event.start - span / 2, end: event.start + span / 2 });
  }

  function setCurrent(id: string | undefined) {
    if (id === current) return;
    current = id;
    draw();
  }

  /** A keyboard step inside the timeline: select the event, show it, and move focus to its marker. */
  function go(event: ClientEvent | undefined) {
    if (!event) return;
    selected = event.id;
    setCurrent(event.id);
    reveal(event, 'reveal');
    render();
    renderer.marker(event.id)?.focus({ preventScroll: true });
    // Focus says the marker's name ("date: title"); the live region would only repeat it.
    ctx.dispatch({ type: 'select', id: event.id, origin: 'timeline', announce: false });
  }

  function zoomTo(from: number, to: number) {
    const now = win.get();
    const span = Math.max((to - from) * 1.6, 14 * DAY);
    if (span >= now.end - now.start - DAY && now.end - now.start <= 14 * DAY + DAY) return false;
    const middle = (from + to) / 2;
    win.set({ start: middle - span / 2, end: middle + span / 2 });
    return true;
  }

  const tooltip = createTooltip(canvas, (el) => byId.get((el as HTMLElement).dataset.id ?? ''));
  const openHelp = connectHelp(region.querySelector<HTMLDetailsElement>('[data-howto]'), () => {
    if (current) renderer.marker(current)?.focus();
  });
  bindTimelineKeys(lanes, (key: TimelineKey, target) => {
    const shown = shownInOrder();
    const here = current ? byId.get(current) : undefined;
    if (key.kind === 'time')
      go(stepFrom(shown, here && isShown(here.id) ? here.id : undefined, key.delta, win.get().start));
    else if (key.kind === 'lane')
      go(here ? stepLane(shown, here, key.delta) : stepFrom(shown, undefined, 1, win.get().start));
    else if (key.kind === 'end') go(key.which === 'first' ? shown[0] : shown.at(-1));
    else if (key.kind === 'open') {
      const id = target.dataset.id!;
      selected = id;
      setCurrent(id);
      render();
      ctx.dispatch({ type: 'select', id, origin: 'timeline', focusDetail: true });
    } else if (key.kind === 'close') {
      tooltip.hide();
      ctx.dispatch({ type: 'close-detail' });
    } else if (key.kind === 'zoom') {
      const anchor =
        here && xOf(here.start, win.get(), 1) >= 0 && xOf(here.start, win.get(), 1) <= 1 ? here.start : undefined;
      win.zoom(key.delta > 0 ? 0.5 : 2, anchor);
    } else openHelp();
  });
  lanes.addEventListener('focusin', (event) => {
    const id = (event.target as HTMLElement).dataset.id;
    if (id) setCurrent(id);
  });
  lanes.addEventListener('click', (event) => {
    const el = (event.target as Element).closest<HTMLElement>('.tl-mark, .tl-label');
    if (!el) return;
    const id = el.dataset.id;
    if (id) {
      selected = id;
      setCurrent(id);
      render();
      ctx.dispatch({ type: 'select', id, origin: 'timeline' });
    } else if (!zoomTo(Number(el.dataset.start), Number(el.dataset.end))) {
      // Already as close as it goes (events on the same day): choose the first of them instead.
      const first = events.find(
        (e) => e.start >= Number(el.dataset.start) && e.type === el.closest<HTMLElement>('.tl-lane')?.dataset.lane,
      );
      if (first) go(first);
    }
  });

  function command(which: TimelineCommand) {
    const shown = shownInOrder();
    const pick = (event: ClientEvent | undefined) =>
      event && ctx.dispatch({ type: 'select', id: event.id, origin: 'keyboard', openDetail: true });
    if (which === 'prev' || which === 'next')
      pick(stepFrom(shown, current, which === 'next' ? 1 : -1, win.get().start));
    else if (which === 'first') pick(shown[0]);
    else if (which === 'last') pick(shown.at(-1));
    else if (which === 'zoom-in') win.zoom(0.5);
    else if (which === 'zoom-out') win.zoom(2);
    else win.set(full);
  }

  new ResizeObserver(() => {
    follow(win.get());
    render();
  }).observe(canvas);

  const brush = attachBrush(
    ctx.root,
    payload.overview,
    (from, to) => win.set({ start: from, end: to }),
    () => command('fit'),
  );
  follow(win.get());
  performance.mark('timeline:constructed');
  render();
  exposeWindow(win.get());
  brush?.show(win.get().start, win.get().end);

  const view: TimelineView = {
    select(id, how = 'reveal') {
      selected = id;
      setCurrent(id ?? current);
      const event = id ? byId.get(id) : undefined;
      if (event) reveal(event, how);
      render();
    },
    setVisible(ids) {
      visible = ids;
      if (current && !isShown(current) && current !== selected) current = undefined;
      draw();
      render();
    },
    command,
  };
  if (selected && byId.has(selected)) view.select(selected, 'centre');
  return view;
}

// Loaded on demand: vis-timeline, its CSS, the data, and the d3 brush that links the overview to the timeline.
import { Timeline, type DataItem, type TimelineOptions } from 'vis-timeline/esnext';
import { DataSet } from 'vis-data/esnext';
import moment from 'moment';
import visCss from 'vis-timeline/styles/vis-timeline-graph2d.min.css?inline';
import type { EventType } from '../core/event-types.ts';
import {
  centredOn,
  fullWindow,
  initialWindow,
  toClientEvent,
  toTimelineGroups,
  type ClientEvent,
  type ClientRecord,
  type TimelineItem,
} from '../core/timeline-items.ts';
import { loadedRangeFor, needsReload, type TimeRange } from '../core/loaded-range.ts';
import { alignToBins, binMonthsFor, diffItems, isBlock, itemsToDraw } from '../core/crowding.ts';
import { attachBrush } from './overview-brush.ts';
import type { TimelineApp } from './timeline-app.ts';

export interface TimelineController {
  /** Every event, in time order, as the timeline knows it. */
  events: ClientEvent[];
  typeLabels: Record<EventType, string>;
  select: (id: string | undefined) => void;
  setVisible: (ids: Set<string>) => void;
  act: (action: string) => void;
}

const YEAR = 365.25 * 86_400_000;
const rangeOf = (dates: { start: Date; end: Date }): TimeRange => ({
  start: dates.start.getTime(),
  end: dates.end.getTime(),
});

function injectCss() {
  if (document.querySelector('style[data-vis-timeline]')) return;
  const style = document.createElement('style');
  style.dataset.visTimeline = '';
  style.textContent = visCss;
  // First in <head>, so the site's own overrides win over vis-timeline's defaults at equal specificity.
  document.head.prepend(style);
}

export interface TimelineData {
  groups: Record<EventType, string>;
  types: Record<EventType, string>;
  /** The text of a block standing for several events, with {count}. */
  groupLabel: string;
  events: ClientRecord[];
}

export async function mountTimeline(
  app: TimelineApp,
  region: HTMLElement,
  dataPromise: Promise<TimelineData>,
): Promise<TimelineController> {
  performance.mark('timeline:chunk-loaded');
  injectCss();
  const data = await dataPromise;
  performance.mark('timeline:data-loaded');

  const container = region.querySelector<HTMLElement>('#timeline')!;
  container.querySelector('[data-timeline-message]')?.remove();
  const events = data.events.map(toClientEvent);
  const byId = new Map(events.map((e) => [e.id, e]));
  let visible = new Set(events.map((e) => e.id));
  const full = fullWindow(events);
  const state = app.state;
  // vis-timeline sets its first window after its first draw, undoing any focus() before it: a shared ?event= link
  // must start centred on its event, or a crowded file opens years away from it.
  const target = state.event ? byId.get(state.event) : undefined;
  const initial = target ? centredOn(initialWindow(events), target) : initialWindow(events);
  const start = state.from !== undefined ? Date.UTC(state.from, 0, 1) : initial.start;
  const end = state.to !== undefined ? Date.UTC(state.to + 1, 0, 1) : initial.end;
  let selected: string | undefined = state.event;
  // The timeline is given the events near its window (loaded-range.ts), grouped where crowded (crowding.ts),
  // and always the selected event on its own. Both follow the window as the reader moves.
  let loaded: TimeRange = { start, end };
  // 0 is no bin width at all, so the first follow() always draws.
  let binMonths = 0;
  let drawn = new Map<string, TimelineItem>();
  const items = new DataSet<DataItem>();
  const binsAcross = () => Math.max(4, Math.round(container.clientWidth / 110));
  const label = (count: number) => data.groupLabel.replace('{count}', String(count));
  function draw() {
    const shown = events.filter((e) => visible.has(e.id) || e.id === selected);
    const next = itemsToDraw(shown, { loaded, binMonths, keep: selected, label });
    const { remove, upsert } = diffItems(drawn, next);
    if (remove.length > 0) items.remove(remove);
    if (upsert.length > 0) items.update(upsert as DataItem[]);
    drawn = new Map(next.map((item) => [item.id, item]));
  }
  function follow(range: TimeRange) {
    const months = binMonthsFor(range.end - range.start, binsAcross());
    if (months === binMonths && !needsReload(range, loaded)) return;
    binMonths = months;
    loaded = alignToBins(loadedRangeFor(range), months);
    draw();
  }
  follow({ start, end });
  const animation = () => !app.prefersReducedMotion();

  const options: TimelineOptions = {
    // The wheel scrolls the page; Ctrl+wheel (and trackpad pinch, which browsers send as Ctrl+wheel) zooms.
    zoomKey: 'ctrlKey',
    horizontalScroll: false,
    verticalScroll: false,
    // Dates are calendar dates: show them in UTC so no reader's time zone shifts them.
    moment: (date: moment.MomentInput) => moment(date).utc(),
    start,
    end,
    min: full.start - 5 * YEAR,
    max: full.end + 5 * YEAR,
    zoomMin: 14 * 86_400_000,
    stack: true,
    showCurrentTime: false,
    selectable: true,
    multiselect: false,
    orientation: { axis: 'top', item: 'top' },
    groupOrder: 'order',
    margin: { item: { horizontal: 6, vertical: 6 } },
    // Text from the data becomes an element's textContent: it is never parsed as HTML.
    template: (item?: DataItem) => {
      const label = document.createElement('span');
      label.className = 'tl-label';
      label.textContent = item ? String(item.content) : '';
      return label;
    },
  } as TimelineOptions;

  performance.mark('timeline:construct');
  const timeline = new Timeline(container, items, toTimelineGroups(data.groups), options);
  performance.mark('timeline:constructed');

  const visibleInOrder = () => events.filter((e) => visible.has(e.id));
  function step(delta: number) {
    const list = visibleInOrder();
    if (list.length === 0) return;
    const index = selected ? list.findIndex((e) => e.id === selected) : -1;
    let next: ClientEvent | undefined;
    if (index === -1) {
      const { start: windowStart } = timeline.getWindow();
      next = delta > 0 ? (list.find((e) => e.start >= windowStart.getTime()) ?? list[0]) : list[list.length - 1];
    } else {
      next = list[Math.min(list.length - 1, Math.max(0, index + delta))];
    }
    if (next) app.select(next.id, { origin: 'keyboard', openDetail: true });
  }
  function jump(which: 'first' | 'last') {
    const list = visibleInOrder();
    const target = which === 'first' ? list[0] : list[list.length - 1];
    if (target) app.select(target.id, { origin: 'keyboard', openDetail: true });
  }

  const controller: TimelineController = {
    events,
    typeLabels: data.types,
    select(id) {
      const previous = selected;
      selected = id;
      // The newly selected event may be far from the loaded span or inside a block; the one before may go back into one.
      if (previous !== id) draw();
      timeline.setSelection(id ? [id] : []);
      if (id && byId.has(id)) timeline.focus(id, { animation: animation(), zoom: false });
    },
    setVisible(ids) {
      visible = ids;
      draw();
    },
    act(action) {
      if (action === 'prev') step(-1);
      else if (action === 'next') step(1);
      else if (action === 'zoom-in') timeline.zoomIn(0.5, { animation: animation() });
      else if (action === 'zoom-out') timeline.zoomOut(0.5, { animation: animation() });
      else if (action === 'fit') timeline.setWindow(full.start, full.end, { animation: animation() });
    },
  };

  timeline.on('select', (props: { items: (string | number)[]; event?: Event }) => {
    const id = props.items[0] === undefined ? undefined : String(props.items[0]);
    const item = id ? drawn.get(id) : undefined;
    if (item && isBlock(item)) {
      // A block of events zooms in to its stretch of time rather than being selected.
      timeline.setSelection(selected ? [selected] : []);
      timeline.setWindow(item.start, item.end!, { animation: animation() });
    } else if (id && byId.has(id)) {
      selected = id;
      app.select(id, { origin: 'timeline' });
    }
  });

  container.addEventListener('keydown', (event) => {
    if (event.target !== container || event.altKey || event.ctrlKey || event.metaKey) return;
    const keys: Record<string, () => void> = {
      ArrowRight: () => step(1),
      ArrowDown: () => step(1),
      ArrowLeft: () => step(-1),
      ArrowUp: () => step(-1),
      Home: () => jump('first'),
      End: () => jump('last'),
      Enter: () => selected && app.openDetail(true),
      '+': () => controller.act('zoom-in'),
      '=': () => controller.act('zoom-in'),
      '-': () => controller.act('zoom-out'),
      _: () => controller.act('zoom-out'),
    };
    const handler = keys[event.key];
    if (!handler) return;
    event.preventDefault();
    handler();
  });
  // ⌘+wheel zooms too, for readers on a Mac who do not think of Ctrl.
  container.addEventListener(
    'wheel',
    (event) => {
      if (!event.metaKey) return;
      event.preventDefault();
      controller.act(event.deltaY < 0 ? 'zoom-in' : 'zoom-out');
    },
    { passive: false },
  );

  // The detail panel opening narrows the timeline: redraw at once rather than waiting for vis-timeline's own polling,
  // with blocks sized for the new width.
  new ResizeObserver(() => {
    follow(rangeOf(timeline.getWindow()));
    timeline.redraw();
  }).observe(container);

  const brush = attachBrush(
    app.root,
    (from, to) => timeline.setWindow(from, to, { animation: animation() }),
    () => controller.act('fit'),
  );
  // Integration hook: the visible window, in UTC, for tests and host pages.
  const exposeWindow = (range: TimeRange) =>
    (app.root.dataset.window = `${new Date(range.start).toISOString()}/${new Date(range.end).toISOString()}`);
  // vis-timeline sends every window it moves through as 'rangechange', the last one included; 'rangechanged' only
  // says the move has ended, so what follows the window listens to the first and what waits for the end to the second.
  timeline.on('rangechange', (props: { start: Date; end: Date }) => {
    const range = rangeOf(props);
    exposeWindow(range);
    follow(range);
  });
  timeline.on('rangechanged', (props: { start: Date; end: Date; byUser: boolean }) => {
    brush?.show(props.start.getTime(), props.end.getTime());
    if (props.byUser) app.windowChanged(props.start.getUTCFullYear(), props.end.getUTCFullYear());
  });
  brush?.show(start, end);
  exposeWindow({ start, end });
  if (selected) controller.select(selected);
  return controller;
}

// Loaded on demand: vis-timeline, its CSS and the d3 brush that links the overview to the timeline.
import { Timeline, type DataItem, type TimelineOptions } from 'vis-timeline/esnext';
import { DataSet } from 'vis-data/esnext';
import moment from 'moment';
import visCss from 'vis-timeline/styles/vis-timeline-graph2d.min.css?inline';
import { formatMessage } from '../core/messages.ts';
import { utcDay } from '../core/partial-date.ts';
import { centredOn, fullWindow, initialWindow, toTimelineGroups, type TimelineItem } from '../core/timeline-items.ts';
import { loadedRangeFor, needsReload, type TimeRange } from '../core/loaded-range.ts';
import { alignToBins, binMonthsFor, diffItems, isBlock, itemsToDraw } from '../core/crowding.ts';
import type { AppContext, LoadedData, TimelineCommand } from './app-context.ts';
import { attachBrush } from './overview-brush.ts';
import { bindTimelineKeys, stepFrom } from './timeline-keys.ts';

export interface TimelineView {
  select(id: string | undefined): void;
  setVisible(ids: ReadonlySet<string> | null): void;
  command(command: TimelineCommand): void;
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

export function mountTimeline(ctx: AppContext, region: HTMLElement, data: LoadedData): TimelineView {
  performance.mark('timeline:chunk-loaded');
  injectCss();
  const { events, byId, payload } = data;
  const container = region.querySelector<HTMLElement>('#timeline')!;
  container.querySelector('[data-timeline-message]')?.remove();
  let visible: ReadonlySet<string> | null = ctx.visible();
  const isShown = (id: string) => visible === null || visible.has(id);
  const full = fullWindow(events);
  const { from, to } = ctx.state;
  let selected = ctx.selected();
  // vis-timeline sets its first window after its first draw, undoing any focus() before it: a shared ?event= link
  // must start centred on its event, or a crowded file opens years away from it.
  const target = selected ? byId.get(selected) : undefined;
  const initial = target ? centredOn(initialWindow(events), target) : initialWindow(events);
  const start = from !== undefined ? utcDay(from) : initial.start;
  const end = to !== undefined ? utcDay(to + 1) : initial.end;
  const animation = () => !ctx.reducedMotion();

  // The timeline is given the events near its window (loaded-range.ts), grouped where crowded (crowding.ts),
  // and always the selected event on its own. Both follow the window as the reader moves.
  let loaded: TimeRange = { start, end };
  // 0 is no bin width at all, so the first follow() always draws.
  let binMonths = 0;
  let drawn = new Map<string, TimelineItem>();
  const items = new DataSet<DataItem>();
  const binsAcross = () => Math.max(4, Math.round(container.clientWidth / 110));
  const label = (count: number) => formatMessage(payload.strings.timelineGroup, { count }, payload.language);
  function draw() {
    const shown = events.filter((e) => isShown(e.id) || e.id === selected);
    const next = itemsToDraw(shown, { loaded, binMonths, ...(selected ? { keep: selected } : {}), label });
    const { remove, upsert } = diffItems(drawn, next);
    if (remove.length > 0) items.remove(remove);
    if (upsert.length > 0) items.update(upsert);
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

  const options = {
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
      const text = document.createElement('span');
      text.className = 'tl-label';
      text.textContent = item ? String(item.content) : '';
      return text;
    },
  } as TimelineOptions;

  performance.mark('timeline:construct');
  const timeline = new Timeline(container, items, toTimelineGroups(payload.strings.typesPlural), options);
  performance.mark('timeline:constructed');

  const shownInOrder = () => events.filter((e) => isShown(e.id));
  const pick = (id: string | undefined) =>
    id && ctx.dispatch({ type: 'select', id, origin: 'keyboard', openDetail: true });
  function command(which: TimelineCommand) {
    if (which === 'prev' || which === 'next') {
      pick(stepFrom(shownInOrder(), selected, which === 'next' ? 1 : -1, timeline.getWindow().start.getTime())?.id);
    } else if (which === 'first' || which === 'last') {
      const list = shownInOrder();
      pick((which === 'first' ? list[0] : list.at(-1))?.id);
    } else if (which === 'zoom-in') timeline.zoomIn(0.5, { animation: animation() });
    else if (which === 'zoom-out') timeline.zoomOut(0.5, { animation: animation() });
    else timeline.setWindow(full.start, full.end, { animation: animation() });
  }

  const view: TimelineView = {
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
    command,
  };

  timeline.on('select', (props: { items: (string | number)[] }) => {
    const id = props.items[0] === undefined ? undefined : String(props.items[0]);
    const item = id ? drawn.get(id) : undefined;
    if (item && isBlock(item)) {
      // A block of events zooms in to its stretch of time rather than being selected.
      timeline.setSelection(selected ? [selected] : []);
      timeline.setWindow(item.start, item.end!, { animation: animation() });
    } else if (id && byId.has(id)) {
      selected = id;
      ctx.dispatch({ type: 'select', id, origin: 'timeline' });
    }
  });
  bindTimelineKeys(container, ctx, command);

  // The detail panel opening narrows the timeline: redraw at once rather than waiting for vis-timeline's own polling,
  // with blocks sized for the new width.
  new ResizeObserver(() => {
    follow(rangeOf(timeline.getWindow()));
    timeline.redraw();
  }).observe(container);

  const brush = attachBrush(
    ctx.root,
    payload.overview,
    (from, to) => timeline.setWindow(from, to, { animation: animation() }),
    () => command('fit'),
  );
  // Integration hook: the visible window, in UTC, for tests and host pages.
  const exposeWindow = (range: TimeRange) =>
    (ctx.root.dataset.window = `${new Date(range.start).toISOString()}/${new Date(range.end).toISOString()}`);
  // vis-timeline sends every window it moves through as 'rangechange', the last one included; 'rangechanged' only
  // says the move has ended, so what follows the window listens to the first and what waits for the end to the second.
  timeline.on('rangechange', (props: { start: Date; end: Date }) => {
    const range = rangeOf(props);
    exposeWindow(range);
    follow(range);
  });
  timeline.on('rangechanged', (props: { start: Date; end: Date; byUser: boolean }) => {
    brush?.show(props.start.getTime(), props.end.getTime());
    if (props.byUser)
      ctx.dispatch({ type: 'window', fromYear: props.start.getUTCFullYear(), toYear: props.end.getUTCFullYear() });
  });
  brush?.show(start, end);
  exposeWindow({ start, end });
  if (selected) view.select(selected);
  return view;
}

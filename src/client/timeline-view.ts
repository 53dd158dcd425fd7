// Loaded on demand: the interactive timeline. vis-timeline keeps the window, the axis, pan and zoom and lays out the
// items in four fixed-height lanes (stack: false); timeline-render.ts decides the items and places the labels;
// timeline-keys.ts and timeline-tooltip.ts add the keyboard and the tooltip; the d3 brush links the overview.
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import { DataSet } from 'vis-data/esnext';
import visCss from 'vis-timeline/styles/vis-timeline-graph2d.min.css?inline';
import { alignToBins, binMonthsFor, itemsToDraw } from '../core/crowding.ts';
import { EVENT_TYPES, type EventType } from '../core/event-types.ts';
import { loadedRangeFor, needsReload, type TimeRange } from '../core/loaded-range.ts';
import { formatMessage } from '../core/messages.ts';
import { utcDay } from '../core/partial-date.ts';
import { majorLabel, minorLabel, type AxisScale } from '../core/time-axis.ts';
import { fullWindow, initialWindow, toTimelineGroups, type TimelineItem } from '../core/timeline-items.ts';
import type { TimelinePayload } from '../core/timeline-payload.ts';
import type { PayloadChapter } from '../core/chapters.ts';
import type { AppContext, LoadedData, TimelineCommand } from './app-context.ts';
import { attachBrush } from './overview-brush.ts';
import { connectTimelineInput } from './timeline-input.ts';
import { shape } from './timeline-marker.ts';
import { createRenderer } from './timeline-render.ts';
import type { VisInternals, VisItem } from './timeline-vis.ts';
// The same UTC stand-in vis-timeline is given for `moment` (astro.config.mjs).
import moment, { type UtcMoment } from './vendor/moment.ts';

export interface TimelineView {
  /** Selects an event (or none) chosen elsewhere: 'centre' puts it in the middle, 'reveal' only brings it into view. */
  select(id: string | undefined, how?: 'centre' | 'reveal'): void;
  setVisible(ids: ReadonlySet<string> | null): void;
  command(command: TimelineCommand): void;
  /** Reads a chapter: the window set to its span, its events picked out and the rest dimmed (undefined: none). */
  showChapter(chapter: PayloadChapter | undefined): void;
}

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;
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

/** The file's focus span, with a little air, or undefined when it has none. */
function focusWindow(focus: TimelinePayload['focus']): TimeRange | undefined {
  if (!focus || focus.to <= focus.from) return undefined;
  const pad = (focus.to - focus.from) * 0.02;
  return { start: focus.from - pad, end: focus.to + pad };
}

/** A chapter's span with a little air either side, so its first and last markers are not cut at the edges. */
function chapterWindow(chapter: PayloadChapter): TimeRange {
  const pad = Math.max((chapter.to - chapter.from) * 0.04, 60 * DAY);
  return { start: chapter.from - pad, end: chapter.to + pad };
}

function laneName(text: string, type: EventType) {
  const name = document.createElement('span');
  name.className = `tl-lane-name tl-lane-name--${type}`;
  name.id = `tl-lane-${type}`;
  name.append(shape(type), text);
  return name;
}

export function mountTimeline(ctx: AppContext, region: HTMLElement, data: LoadedData): TimelineView {
  performance.mark('timeline:chunk-loaded');
  injectCss();
  const { events, byId, payload } = data;
  const { strings, language } = payload;
  const container = region.querySelector<HTMLElement>('#timeline')!;
  container.querySelector('[data-timeline-message]')?.remove();
  let visible = ctx.visible();
  const isShown = (id: string) => visible === null || visible.has(id);
  const full = fullWindow(events);
  const opening = focusWindow(payload.focus) ?? initialWindow(events);
  const { from, to } = ctx.state;
  const state = { selected: ctx.selected(), current: ctx.selected() };
  let start = from !== undefined ? utcDay(from) : opening.start;
  let end = to !== undefined ? utcDay(to + 1) : opening.end;
  // Opened at an event (?event=, or chosen before the timeline loaded): the window is centred on it from the start
  // (vis-timeline sets its first window itself, so a move made while it starts up is lost).
  const first = state.selected ? byId.get(state.selected) : undefined;
  if (first && from === undefined) [start, end] = [first.start - (end - start) / 2, first.start + (end - start) / 2];
  // Opened at a chapter: its span, with its events picked out.
  const chapter = ctx.chapter?.();
  let emphasis: ReadonlySet<string> | undefined = chapter ? new Set(chapter.events) : undefined;
  if (chapter) ({ start, end } = chapterWindow(chapter));
  const animation = () => !ctx.reducedMotion();

  // The timeline is given the events near its window (loaded-range.ts), grouped where crowded (crowding.ts), and
  // always the current event on its own. Both follow the window as the reader moves.
  let loaded: TimeRange = { start, end };
  let binMonths = 0;
  let items: TimelineItem[] = [];
  const label = (count: number) => formatMessage(strings.timelineGroup, { count }, language);
  const binsAcross = () => Math.max(4, Math.round(container.clientWidth / 110));
  const rows = () => {
    // How many label rows each lane has below its markers: 2 on the page, 0 in the compact article embed.
    const value = Number.parseInt(getComputedStyle(container).getPropertyValue('--tl-rows'), 10);
    return Number.isNaN(value) ? 2 : value;
  };
  const data$ = new DataSet<VisItem>();
  function draw() {
    const shown = events.filter((e) => isShown(e.id) || e.id === state.current);
    items = itemsToDraw(shown, { loaded, binMonths, ...(state.current ? { keep: state.current } : {}), label });
    renderer.sync(renderState(), true);
  }
  function follow(range: TimeRange) {
    const months = binMonthsFor(range.end - range.start, binsAcross());
    if (months === binMonths && !needsReload(range, loaded)) return;
    binMonths = months;
    loaded = alignToBins(loadedRangeFor(range), months);
    draw();
  }
  const renderState = () => ({
    items,
    ...(emphasis ? { emphasis } : {}),
    ...(state.current ? { keep: state.current } : {}),
    ...(state.selected ? { selected: state.selected } : {}),
  });

  const options = {
    // The wheel scrolls the page; Ctrl+wheel (and trackpad pinch, which browsers send as Ctrl+wheel) zooms.
    zoomKey: 'ctrlKey',
    horizontalScroll: false,
    verticalScroll: false,
    // Dates are calendar dates: shown in UTC so no reader's time zone shifts them, labelled in the story's language.
    moment: (date?: Parameters<typeof moment>[0]) => moment(date).utc(),
    format: {
      minorLabels: (date: UtcMoment, scale: AxisScale) => minorLabel(date.valueOf(), scale, language),
      majorLabels: (date: UtcMoment, scale: AxisScale) => majorLabel(date.valueOf(), scale, language),
    },
    start,
    end,
    min: full.start - 5 * YEAR,
    max: full.end + 5 * YEAR,
    zoomMin: 14 * DAY,
    // Markers in lanes of a fixed height, never rows of stacked boxes (timeline-render.ts keeps them apart).
    stack: false,
    // Said outright: left unset, vis-timeline reads the direction from the page and keeps the whole timeline hidden
    // until the window first changes, which a reader who opens it on its first window never does.
    rtl: getComputedStyle(container).direction === 'rtl',
    showCurrentTime: false,
    selectable: false,
    orientation: { axis: 'top', item: 'top' },
    groupOrder: 'order',
    align: 'center',
    margin: { axis: 6, item: { horizontal: 0, vertical: 6 } },
    // Items and lane names are elements we build with textContent: nothing from the data is parsed as HTML.
    template: (item?: { id?: string | number }) => renderer.template(item),
    groupTemplate: (group?: { id?: EventType; content?: string }) =>
      laneName(group?.content ?? '', group?.id ?? 'report'),
  } as unknown as TimelineOptions;
  const groups = toTimelineGroups(strings.typesPlural);

  performance.mark('timeline:construct');
  // The template is first called once items arrive (after the renderer exists): the timeline starts empty.
  const timeline = new Timeline(container, data$ as never, groups, options);
  const renderer = createRenderer(timeline, data$, { byId, strings, language, rows });
  performance.mark('timeline:constructed');
  // The axis is drawn for sighted readers; the markers' names carry the dates.
  container.querySelectorAll('.vis-panel.vis-top, .vis-panel.vis-left, .vis-panel.vis-bottom').forEach((el) => {
    el.setAttribute('aria-hidden', 'true');
  });

  const input = connectTimelineInput({
    ctx,
    region,
    container,
    timeline,
    renderer,
    events,
    byId,
    isShown,
    state,
    animation,
    full,
    draw,
    redraw: () => {
      renderer.sync(renderState());
      renderer.label(renderState());
      input.roveTabStop();
    },
  });

  // After every redraw: regroup if the scale changed, place the labels, keep one tab stop.
  timeline.on('changed', () => {
    renderer.sync(renderState());
    renderer.label(renderState());
    input.roveTabStop();
    for (const type of EVENT_TYPES) {
      const foreground = (timeline as unknown as VisInternals).itemSet.groups[type]?.dom.foreground;
      if (foreground && !foreground.hasAttribute('role')) {
        foreground.setAttribute('role', 'group');
        foreground.setAttribute('aria-labelledby', `tl-lane-${type}`);
      }
    }
  });
  new ResizeObserver(() => {
    follow(rangeOf(timeline.getWindow()));
    timeline.redraw();
  }).observe(container);

  const brush = attachBrush(
    ctx.root,
    payload.overview,
    (from, to) => timeline.setWindow(from, to, { animation: animation() }),
    () => input.command('fit'),
  );
  // Integration hook: the visible window, in UTC, for tests and host pages.
  const exposeWindow = (range: TimeRange) =>
    (ctx.root.dataset.window = `${new Date(range.start).toISOString()}/${new Date(range.end).toISOString()}`);
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
  follow({ start, end });
  brush?.show(start, end);
  exposeWindow({ start, end });

  const view: TimelineView = {
    select(id, how = 'reveal') {
      state.selected = id;
      if (id) state.current = id;
      draw();
      const event = id ? byId.get(id) : undefined;
      if (event) input.reveal(event, how);
      timeline.redraw();
    },
    setVisible(ids) {
      visible = ids;
      if (state.current && !isShown(state.current) && state.current !== state.selected) state.current = undefined;
      draw();
    },
    command: input.command,
    showChapter(next) {
      emphasis = next ? new Set(next.events) : undefined;
      draw();
      renderer.label(renderState());
      if (!next) return;
      const range = chapterWindow(next);
      timeline.setWindow(range.start, range.end, { animation: animation() });
    },
  };
  if (first) view.select(first.id, 'reveal');
  return view;
}

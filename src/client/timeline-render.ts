// What vis-timeline is given to draw, and what is drawn on top of it. vis-timeline keeps the window, the axis, pan and
// zoom and places each item; this decides the items (a marker per event, or a cluster where 24 px targets would
// overlap, and slim bars for ranges: src/core/timeline-marks.ts) and places the labels (src/core/label-placement.ts)
// in each lane, on every redraw.
import type { Timeline } from 'vis-timeline/esnext';
import type { DataSet } from 'vis-data/esnext';
import { isBlock } from '../core/crowding.ts';
import { EVENT_TYPES, type EventType } from '../core/event-types.ts';
import { placeLabels, type LabelCandidate, type Obstacle, type PlacedLabel } from '../core/label-placement.ts';
import { formatMessage } from '../core/messages.ts';
import type { TimelineItem } from '../core/timeline-items.ts';
import { groupMarks, type Mark, type MarkInput } from '../core/timeline-marks.ts';
import type { ClientEvent, ClientStrings } from '../core/timeline-payload.ts';
import { markerElement, spanOf, updateMarker } from './timeline-marker.ts';

/** Lane geometry, in px (timeline.css sizes the lanes with the same numbers): a 24 px marker row, then label rows. */
export const LANE = { top: 6, mark: 24, row: 20 } as const;
const TYPE_RANK = { case: 3, inspection: 2, report: 1, appointment: 0 } as const;

/** What vis-timeline holds for one marker, cluster or bar. */
export interface VisItem {
  id: string;
  group: EventType;
  type: 'box' | 'range';
  start: number;
  end?: number;
  className: string;
  /** The marker's width in px: a change makes vis-timeline measure the item again. */
  width?: number;
}

/** vis-timeline's internals this relies on: its time-to-pixel conversion, the centre panel's width, each lane's layer. */
interface VisInternals {
  body: {
    util: { toScreen: (t: number) => number; toTime: (x: number) => Date };
    domProps: { center: { width: number } };
  };
  itemSet: { groups: Record<string, { dom: { foreground: HTMLElement } } | undefined> };
}

export interface RenderState {
  items: readonly TimelineItem[];
  /** Drawn on its own, never in a cluster: the selected or focused event. */
  keep?: string;
  selected?: string;
}

export function createRenderer(
  timeline: Timeline,
  data: DataSet<VisItem>,
  deps: { byId: ReadonlyMap<string, ClientEvent>; strings: ClientStrings; language: string; rows: () => number },
) {
  const { byId, strings, language } = deps;
  const vis = timeline as unknown as VisInternals;
  const elements = new Map<string, HTMLElement>();
  let held = new Map<string, VisItem>();
  let marks: Mark[] = [];
  let placed: PlacedLabel[] = [];
  let scale = '';
  /** Where the instant 0 was when the markers were grouped: a pan since then shifts everything by the same amount. */
  let origin = 0;
  const measure = document.createElement('canvas').getContext('2d');
  const widths = new Map<string, number>();
  let font = '';

  function textWidth(text: string, bold: boolean) {
    font ||= getComputedStyle(document.body).fontFamily;
    const key = `${bold ? 'b' : 'n'}|${text}`;
    let width = widths.get(key);
    if (width === undefined && measure) {
      measure.font = `${bold ? 700 : 400} 13px ${font}`;
      // A pixel of air either side, so rounding never makes text spill past its box.
      widths.set(key, (width = Math.ceil(measure.measureText(text).width) + 2));
    }
    return width ?? text.length * 7;
  }

  /** Regroups the markers for the current scale and hands vis-timeline what changed. */
  function sync(state: RenderState, force = false) {
    const { toScreen, toTime } = vis.body.util;
    const width = vis.body.domProps.center.width;
    const key = `${width}|${toScreen(0) - toScreen(1e12)}`;
    if (!force && key === scale) return;
    scale = key;
    origin = toScreen(0);
    const inputs: MarkInput[] = [];
    const bars: VisItem[] = [];
    for (const item of state.items) {
      const left = toScreen(item.start);
      const block = isBlock(item);
      const right = item.end !== undefined ? toScreen(item.end) : left;
      inputs.push({
        id: item.id,
        lane: item.group,
        x: left,
        count: block ? item.count : 1,
        start: item.start,
        end: item.end ?? item.start,
        ...(block ? { box: { left, right: Math.max(right, left + 24) } } : {}),
        ...(!block && byId.get(item.id)?.highlight ? { prominent: true } : {}),
      });
      if (!block && item.end !== undefined)
        bars.push({
          id: `bar:${item.id}`,
          group: item.group,
          type: 'range',
          start: item.start,
          end: item.end,
          className: `tl-bar tl-bar--${item.group}`,
        });
    }
    marks = groupMarks(inputs, state.keep);
    const next = new Map<string, VisItem>(bars.map((b) => [b.id, b]));
    for (const mark of marks) {
      const single = mark.kind === 'event' && mark.others === 0;
      next.set(mark.id, {
        id: mark.id,
        group: mark.lane,
        type: 'box',
        start: single ? mark.start : toTime((mark.left + mark.right) / 2).getTime(),
        className: 'tl-item',
        width: Math.round(mark.right - mark.left),
      });
      let el = elements.get(mark.id);
      if (!el) elements.set(mark.id, (el = markerElement(mark)));
      updateMarker(el, mark, {
        event: mark.kind === 'event' ? byId.get(mark.id) : undefined,
        selected: mark.id === state.selected,
        name: markName(mark),
        // A block says "12 events" where it has room; a cluster just the number.
        text:
          mark.kind === 'block' && mark.right - mark.left > 80
            ? formatMessage(strings.timelineGroup, { count: mark.count }, language)
            : String(mark.count),
      });
    }
    const remove = [...held.keys()].filter((id) => !next.has(id));
    const upsert = [...next.values()].filter((item) => {
      const was = held.get(item.id);
      return !was || was.start !== item.start || was.end !== item.end || was.width !== item.width;
    });
    for (const id of remove) if (!id.startsWith('bar:')) elements.delete(id);
    held = next;
    if (remove.length) data.remove(remove);
    if (upsert.length) data.update(upsert);
  }

  /** Places the labels for what is on screen now, in each lane's own layer. */
  function label(state: RenderState) {
    const { toScreen } = vis.body.util;
    const width = vis.body.domProps.center.width;
    const candidates: LabelCandidate[] = [];
    const obstacles: Obstacle[] = [];
    for (const [id, item] of held) {
      if (!id.startsWith('bar:')) continue;
      obstacles.push({ lane: EVENT_TYPES.indexOf(item.group), left: toScreen(item.start), right: toScreen(item.end!) });
    }
    const shift = toScreen(0) - origin;
    for (const mark of marks) {
      const lane = EVENT_TYPES.indexOf(mark.lane);
      const x = mark.x + shift;
      const event = mark.kind === 'event' ? byId.get(mark.id) : undefined;
      if (!event || x < 0 || x > width) {
        obstacles.push({ lane, left: mark.left + shift, right: mark.right + shift });
        continue;
      }
      const bold = Boolean(event.highlight);
      candidates.push({
        id: event.id,
        x,
        ...(mark.right + shift > x + 12 ? { end: mark.right + shift } : {}),
        lane,
        // The selected event first, then the story's turning points, then the better-sourced.
        priority:
          (event.id === state.selected ? 2000 : 0) +
          (event.highlight ? 1000 : 0) +
          (event.sources ?? 1) * 10 +
          TYPE_RANK[event.type],
        width: textWidth(event.title, bold),
        ...(event.label ? { shortWidth: textWidth(event.label, bold) } : {}),
      });
      if (mark.left + shift < x - 12) obstacles.push({ lane, left: mark.left + shift, right: x });
    }
    placed = placeLabels(candidates, obstacles, {
      width,
      rows: deps.rows(),
      markerRadius: 12,
      gap: 4,
      minVisible: 2 / 3,
    });
    for (const [index, type] of EVENT_TYPES.entries()) {
      const layer = labelLayer(type);
      layer?.replaceChildren(
        ...placed.filter((p) => p.lane === index).flatMap((p) => labelElements(p, p.id === state.selected)),
      );
    }
  }

  function labelLayer(type: EventType) {
    const foreground = vis.itemSet.groups[type]?.dom.foreground;
    if (!foreground) return undefined;
    let layer = foreground.querySelector<HTMLElement>(':scope > .tl-labels');
    if (!layer) {
      layer = document.createElement('div');
      layer.className = 'tl-labels';
      layer.setAttribute('aria-hidden', 'true');
      foreground.append(layer);
    }
    return layer;
  }

  function markName(mark: Mark): string {
    if (mark.kind === 'event') {
      const event = byId.get(mark.id)!;
      const name = formatMessage(strings.timelineMarker, { when: event.when, title: event.title }, language);
      if (!mark.others) return name;
      return `${name} (${formatMessage(strings.timelineOthers, { count: mark.others }, language)})`;
    }
    const { from, to } = spanOf(mark, byId, language);
    return formatMessage(strings.timelineCluster, { count: mark.count, from, to }, language);
  }

  function labelElements(p: PlacedLabel, selected: boolean): HTMLElement[] {
    const event = byId.get(p.id)!;
    const text = p.text === 'short' && event.label ? event.label : event.title;
    const top = p.row === 0 ? LANE.top + (LANE.mark - LANE.row) / 2 : LANE.top + LANE.mark + (p.row - 1) * LANE.row;
    const classes = [
      'tl-label',
      event.highlight && 'is-highlight',
      selected && 'is-selected',
      p.clipped && 'is-clipped',
    ];
    const el = span(classes.filter(Boolean).join(' '), text, p.textLeft);
    el.dataset.id = p.id;
    el.style.top = `${top}px`;
    el.style.width = `${p.textWidth}px`;
    if (p.leader === undefined) return [el];
    const leader = span('tl-leader', '', p.leader);
    const from = LANE.top + LANE.mark / 2 + 6;
    leader.style.top = `${from}px`;
    leader.style.height = `${top + LANE.row / 2 - from}px`;
    return [leader, el];
  }

  return {
    sync,
    label,
    /** vis-timeline's template: each item's element, kept across redraws so focus stays where it is. */
    template: (item?: { id?: string | number }) => elements.get(String(item?.id)) ?? document.createElement('span'),
    /** The labels drawn last time, for tests and the benchmark's overlap count. */
    placed: () => placed,
    marker: (id: string) => elements.get(id),
    markers: () => [...elements.values()],
  };
}

function span(className: string, text: string, x: number) {
  const el = document.createElement('span');
  el.className = className;
  el.textContent = text;
  el.style.left = `${x}px`;
  return el;
}

export type TimelineRenderer = ReturnType<typeof createRenderer>;

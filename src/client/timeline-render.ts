// What vis-timeline is given to draw, and what is drawn on top of it. vis-timeline keeps the window, the axis, pan and
// zoom and places each item; this decides the items (a marker per event, or a cluster where 24 px targets would
// overlap, and slim bars for ranges: src/core/timeline-marks.ts) and places the labels (src/core/label-placement.ts)
// in each lane, on every redraw.
import type { Timeline } from 'vis-timeline/esnext';
import type { DataSet } from 'vis-data/esnext';
import { isBlock } from '../core/crowding.ts';
import { formatMessage } from '../core/messages.ts';
import type { TimelineItem } from '../core/timeline-items.ts';
import { groupMarks, type Mark, type MarkInput } from '../core/timeline-marks.ts';
import type { ClientEvent, ClientStrings } from '../core/timeline-payload.ts';
import { createLabeller } from './timeline-labels.ts';
import type { VisInternals, VisItem } from './timeline-vis.ts';
import { markerElement, spanOf, updateMarker } from './timeline-marker.ts';

export interface RenderState {
  items: readonly TimelineItem[];
  /** Drawn on its own, never in a cluster: the selected or focused event. */
  keep?: string;
  selected?: string;
  /** While a chapter is read: its events, picked out; the others are dimmed (never removed). */
  emphasis?: ReadonlySet<string>;
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
  let scale = '';
  /** Where the instant 0 was when the markers were grouped: a pan since then shifts everything by the same amount. */
  let origin = 0;
  const labeller = createLabeller(vis, { byId, rows: deps.rows });

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
          className: `tl-bar tl-bar--${item.group}${byId.get(item.id)?.circa ? ' tl-bar--circa' : ''}`,
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
        dimmed: state.emphasis ? !mark.members.some((id) => state.emphasis!.has(id)) : false,
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

  /** Places the labels for what is on screen now (timeline-labels.ts). */
  function label(state: RenderState) {
    const bars = [...held.values()].filter((item) => item.id.startsWith('bar:'));
    labeller.place(marks, bars, vis.body.util.toScreen(0) - origin, state.selected, state.emphasis);
    // A chapter's events keep their labels at full strength; the others' are dimmed with them.
    for (const group of Object.values(vis.itemSet.groups))
      for (const el of group?.dom.foreground.querySelectorAll<HTMLElement>('.tl-label[data-id]') ?? [])
        el.classList.toggle('is-dimmed', Boolean(state.emphasis && !state.emphasis.has(el.dataset.id!)));
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

  return {
    sync,
    label,
    /** vis-timeline's template: each item's element, kept across redraws so focus stays where it is. */
    template: (item?: { id?: string | number }) => elements.get(String(item?.id)) ?? document.createElement('span'),
    /** The labels drawn last time. */
    placed: () => labeller.placed(),
    marker: (id: string) => elements.get(id),
    markers: () => [...elements.values()],
  };
}

export type TimelineRenderer = ReturnType<typeof createRenderer>;

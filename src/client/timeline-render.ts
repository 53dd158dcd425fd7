// Draws the timeline into its server-rendered lanes: the axis, a marker per event (a real button named "date: title"),
// clusters where markers would overlap, slim bars for ranges, and labels wherever placeLabels finds room.
import { EVENT_TYPES } from '../core/event-types.ts';
import { placeLabels, type LabelCandidate, type Obstacle, type PlacedLabel } from '../core/label-placement.ts';
import type { TimeRange } from '../core/loaded-range.ts';
import { formatMessage } from '../core/messages.ts';
import { axisTicks, xOf } from '../core/time-axis.ts';
import { isBlock } from '../core/crowding.ts';
import type { TimelineItem } from '../core/timeline-items.ts';
import { groupMarks, type Mark, type MarkInput } from '../core/timeline-marks.ts';
import type { ClientEvent, ClientStrings } from '../core/timeline-payload.ts';
import { markerElement, spanOf, updateMarker } from './timeline-marker.ts';

/** Lane geometry, in px; timeline.css draws the lanes with the same numbers. */
export const LANE = { caption: 22, mark: 24, row: 20 } as const;
const TYPE_RANK = { case: 3, inspection: 2, report: 1, appointment: 0 } as const;

export interface RenderState {
  window: TimeRange;
  items: readonly TimelineItem[];
  /** Drawn on its own, never in a cluster: the selected or focused event. */
  keep?: string;
  selected?: string;
}

export function createRenderer(
  canvas: HTMLElement,
  deps: { byId: ReadonlyMap<string, ClientEvent>; strings: ClientStrings; language: string },
) {
  const { byId, strings, language } = deps;
  const axis = canvas.querySelector<HTMLElement>('.tl-axis')!;
  const grid = canvas.querySelector<HTMLElement>('.tl-grid')!;
  const lanes = new Map(
    [...canvas.querySelectorAll<HTMLElement>('.tl-lane')].map((lane) => [lane.dataset.lane!, lane] as const),
  );
  const parts = (lane: HTMLElement) => ({
    marks: lane.querySelector<HTMLElement>('.tl-marks')!,
    labels: lane.querySelector<HTMLElement>('.tl-labels')!,
  });
  const measure = document.createElement('canvas').getContext('2d');
  const widths = new Map<string, number>();
  let fonts: { normal: string; bold: string } | undefined;
  let placed: PlacedLabel[] = [];

  function textWidth(text: string, bold: boolean) {
    if (!fonts) {
      const probe = canvas.querySelector<HTMLElement>('.tl-labels')!;
      const style = getComputedStyle(probe);
      fonts = { normal: `400 13px ${style.fontFamily}`, bold: `700 13px ${style.fontFamily}` };
    }
    const key = `${bold ? 'b' : 'n'}|${text}`;
    let width = widths.get(key);
    if (width === undefined && measure) {
      measure.font = bold ? fonts.bold : fonts.normal;
      // A pixel of air either side, so rounding never makes text spill past its box.
      widths.set(key, (width = Math.ceil(measure.measureText(text).width) + 2));
    }
    return width ?? text.length * 7;
  }

  function drawAxis(window: TimeRange, width: number) {
    const { minor, major } = axisTicks(window, width, language);
    const spans = [
      ...major.map((t) => span('tl-tick tl-tick--major', t.label, t.x)),
      ...minor.filter((t) => t.x >= 0).map((t) => span('tl-tick', t.label, t.x)),
    ];
    axis.replaceChildren(...spans);
    grid.replaceChildren(
      ...minor.map((t) => span('tl-gridline', '', t.x)),
      ...major.filter((t) => t.x > 0).map((t) => span('tl-gridline tl-gridline--major', '', t.x)),
    );
  }

  function render(state: RenderState) {
    const width = Math.max(1, canvas.clientWidth);
    const { window, keep, selected } = state;
    drawAxis(window, width);
    const rows = Number(getComputedStyle(canvas).getPropertyValue('--tl-rows')) || 2;
    const x = (t: number) => xOf(t, window, width);
    const inputs: MarkInput[] = [];
    const bars: { id: string; lane: number; left: number; right: number }[] = [];
    for (const item of state.items) {
      const left = x(item.start);
      const right = item.end !== undefined ? x(item.end) : left;
      if ((right < -40 || left > width + 40) && item.id !== keep) continue;
      const block = isBlock(item);
      inputs.push({
        id: item.id,
        lane: item.group,
        x: left,
        count: block ? item.count : 1,
        start: item.start,
        end: item.end ?? item.start,
        ...(block ? { box: { left, right: Math.max(right, left + 24) } } : {}),
      });
      if (!block && item.end !== undefined)
        bars.push({ id: item.id, lane: EVENT_TYPES.indexOf(item.group), left, right });
    }
    const marks = groupMarks(inputs, keep);

    // Labels: for markers that stand for one event and sit in view; everything else drawn is an obstacle.
    const candidates: LabelCandidate[] = [];
    const obstacles: Obstacle[] = bars.map((b) => ({ lane: b.lane, left: b.left, right: b.right }));
    for (const mark of marks) {
      const lane = EVENT_TYPES.indexOf(mark.lane);
      const event = mark.kind === 'event' ? byId.get(mark.id) : undefined;
      if (!event || mark.x < 0 || mark.x > width) {
        obstacles.push({ lane, left: mark.left, right: mark.right });
        continue;
      }
      const bold = Boolean(event.highlight);
      candidates.push({
        id: event.id,
        x: mark.x,
        ...(mark.right > mark.x + 12 ? { end: mark.right } : {}),
        lane,
        // The selected event first, then the story's turning points, then the better-sourced.
        priority:
          (event.id === selected ? 2000 : 0) +
          (event.highlight ? 1000 : 0) +
          (event.sources ?? 1) * 10 +
          TYPE_RANK[event.type],
        width: textWidth(event.title, bold),
        ...(event.label ? { shortWidth: textWidth(event.label, bold) } : {}),
      });
      if (mark.left < mark.x - 12) obstacles.push({ lane, left: mark.left, right: mark.x });
    }
    placed = placeLabels(candidates, obstacles, { width, rows, markerRadius: 12, gap: 4, minVisible: 2 / 3 });

    for (const [type, lane] of lanes) {
      const { marks: markLayer, labels } = parts(lane);
      reconcile(
        markLayer,
        marks.filter((m) => m.lane === type),
        selected,
      );
      const laneIndex = EVENT_TYPES.indexOf(type as (typeof EVENT_TYPES)[number]);
      labels.replaceChildren(
        ...bars.filter((b) => b.lane === laneIndex).map((b) => bar(b.left, b.right, b.id === selected)),
        ...placed.filter((p) => p.lane === laneIndex).flatMap((p) => labelElements(p, p.id === selected)),
      );
    }
  }

  function reconcile(layer: HTMLElement, marks: Mark[], selected: string | undefined) {
    const existing = new Map([...layer.children].map((el) => [(el as HTMLElement).dataset.key!, el as HTMLElement]));
    const wanted = marks.sort((a, b) => a.x - b.x);
    const keys = new Set(wanted.map((m) => m.id));
    for (const [key, el] of existing) if (!keys.has(key)) el.remove();
    let before: Element | null = layer.firstElementChild;
    for (const mark of wanted) {
      let el = existing.get(mark.id);
      if (!el) el = markerElement(mark);
      updateMarker(el, mark, {
        event: mark.kind === 'event' ? byId.get(mark.id) : undefined,
        selected: mark.id === selected,
        name: markName(mark),
        // A block says "12 events" where it has room; a cluster just the number.
        text:
          mark.kind === 'block' && mark.right - mark.left > 80
            ? formatMessage(strings.timelineGroup, { count: mark.count }, language)
            : String(mark.count),
      });
      if (el !== before) layer.insertBefore(el, before);
      before = el.nextElementSibling;
    }
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
    const top =
      p.row === 0 ? LANE.caption + (LANE.mark - LANE.row) / 2 : LANE.caption + LANE.mark + (p.row - 1) * LANE.row;
    const label = span(
      `tl-label${event.highlight ? ' is-highlight' : ''}${selected ? ' is-selected' : ''}${p.clipped ? ' is-clipped' : ''}`,
      text,
      p.textLeft,
    );
    label.dataset.id = p.id;
    label.style.top = `${top}px`;
    label.style.width = `${p.textWidth}px`;
    if (p.leader === undefined) return [label];
    const leader = span('tl-leader', '', p.leader);
    leader.style.top = `${LANE.caption + LANE.mark / 2 + 6}px`;
    leader.style.height = `${top + LANE.row / 2 - (LANE.caption + LANE.mark / 2 + 6)}px`;
    return [leader, label];
  }

  return {
    render,
    /** The labels drawn last time, for tests and the benchmark's overlap count. */
    placed: () => placed,
    marker: (id: string) => canvas.querySelector<HTMLElement>(`.tl-mark[data-key="${CSS.escape(id)}"]`) ?? undefined,
  };
}

function span(className: string, text: string, x: number) {
  const el = document.createElement('span');
  el.className = className;
  el.textContent = text;
  el.style.left = `${x}px`;
  return el;
}

function bar(left: number, right: number, selected: boolean) {
  const el = span(`tl-bar${selected ? ' is-selected' : ''}`, '', left);
  el.style.width = `${Math.max(2, right - left)}px`;
  el.style.top = `${LANE.caption + LANE.mark / 2 - 2}px`;
  return el;
}

export type TimelineRenderer = ReturnType<typeof createRenderer>;

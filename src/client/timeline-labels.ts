// The timeline's labels: placed by placeLabels (src/core/label-placement.ts) where they touch no other label and no
// marker, on every redraw, in a layer inside each of vis-timeline's lanes. Hidden from screen readers: each marker's
// name already carries its date and title.
import { EVENT_TYPES, type EventType } from '../core/event-types.ts';
import { placeLabels, type LabelCandidate, type Obstacle, type PlacedLabel } from '../core/label-placement.ts';
import type { Mark } from '../core/timeline-marks.ts';
import type { ClientEvent } from '../core/timeline-payload.ts';
import { LANE, type VisInternals, type VisItem } from './timeline-vis.ts';

const TYPE_RANK = { case: 3, inspection: 2, report: 1, appointment: 0 } as const;

export function createLabeller(
  vis: VisInternals,
  deps: { byId: ReadonlyMap<string, ClientEvent>; rows: () => number },
) {
  const { byId } = deps;
  let placed: PlacedLabel[] = [];
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

  /** `shift`: how far everything has moved (a pan) since the marks were grouped. */
  /** `emphasis`: while a chapter is read, its events, labelled before the others. */
  function place(
    marks: readonly Mark[],
    bars: readonly VisItem[],
    shift: number,
    selected: string | undefined,
    emphasis?: ReadonlySet<string>,
  ) {
    const { toScreen } = vis.body.util;
    const width = vis.body.domProps.center.width;
    const candidates: LabelCandidate[] = [];
    const obstacles: Obstacle[] = bars.map((item) => ({
      lane: EVENT_TYPES.indexOf(item.group),
      left: toScreen(item.start),
      right: toScreen(item.end!),
    }));
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
        // The selected event first, then the chapter's events, the story's turning points, then the better-sourced.
        priority:
          (event.id === selected ? 4000 : 0) +
          (emphasis?.has(event.id) ? 2000 : 0) +
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
      labelLayer(type)?.replaceChildren(
        ...placed.filter((p) => p.lane === index).flatMap((p) => labelElements(p, p.id === selected)),
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

  return { place, placed: () => placed };
}

/**
 * `x` is vis-timeline's screen position: from the left edge, or from the right when time runs right to left (its rtl
 * option), so the label is placed from the inline start, and the placement mirrors with the timeline.
 */
function span(className: string, text: string, x: number) {
  const el = document.createElement('span');
  el.className = className;
  el.textContent = text;
  el.style.insetInlineStart = `${x}px`;
  return el;
}

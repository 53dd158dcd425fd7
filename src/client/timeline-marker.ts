// One marker button: a shape per type (never colour alone), named "date: title" by visually hidden text (which
// translation tools see, unlike aria-label); a cluster or block is a button that says how many events it holds.
import type { EventType } from '../core/event-types.ts';
import type { Mark } from '../core/timeline-marks.ts';
import type { ClientEvent } from '../core/timeline-payload.ts';

const SVG = 'http://www.w3.org/2000/svg';
/** The same shapes as the list's and overview's type icons (src/components/TypeIcon.astro). */
const SHAPES: Record<EventType, [string, Record<string, string>]> = {
  report: ['rect', { x: '2', y: '2', width: '12', height: '12', rx: '1' }],
  inspection: ['path', { d: 'M8 1 15 8 8 15 1 8Z' }],
  appointment: ['circle', { cx: '8', cy: '8', r: '6.5' }],
  case: ['path', { d: 'M8 1.5 15 14.5H1Z' }],
};

/** The type's shape, as in the list's and overview's icons. */
export function shape(type: EventType) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', 'tl-shape');
  const [tag, attributes] = SHAPES[type];
  const el = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  svg.append(el);
  return svg;
}

export function markerElement(mark: Mark): HTMLElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.tabIndex = -1;
  button.dataset.key = mark.id;
  button.dataset.kind = mark.kind;
  button.dataset.lane = mark.lane;
  const name = document.createElement('span');
  name.className = 'visually-hidden';
  if (mark.kind === 'event') {
    button.className = `tl-mark tl-mark--${mark.lane}`;
    button.dataset.id = mark.id;
    const more = document.createElement('span');
    more.className = 'tl-more';
    more.setAttribute('aria-hidden', 'true');
    button.append(shape(mark.lane), more, name);
  } else {
    button.className = `tl-mark tl-cluster tl-mark--${mark.lane}`;
    const count = document.createElement('span');
    count.className = 'tl-count';
    count.setAttribute('aria-hidden', 'true');
    button.append(count, name);
  }
  return button;
}

export function updateMarker(
  el: HTMLElement,
  mark: Mark,
  how: { event: ClientEvent | undefined; selected: boolean; name: string; text: string; dimmed?: boolean },
) {
  el.style.width = `${Math.round(mark.right - mark.left)}px`;
  el.style.setProperty('--x', `${mark.x - mark.left}px`);
  el.classList.toggle('is-selected', how.selected);
  el.classList.toggle('is-dimmed', Boolean(how.dimmed));
  el.classList.toggle('is-highlight', Boolean(how.event?.highlight));
  el.classList.toggle('is-circa', Boolean(how.event?.circa));
  el.classList.toggle('has-others', mark.others > 0);
  el.classList.toggle('is-block', mark.kind === 'block');
  const name = el.lastElementChild!;
  if (name.textContent !== how.name) name.textContent = how.name;
  if (mark.kind === 'event') {
    el.querySelector('.tl-more')!.textContent = mark.others > 0 ? `+${mark.others}` : '';
  } else {
    el.dataset.start = String(mark.start);
    el.dataset.end = String(mark.end);
    el.querySelector('.tl-count')!.textContent = how.text;
  }
}

const monthYear = new Map<string, Intl.DateTimeFormat>();

/** The first and last dates a cluster or block covers, as text. */
export function spanOf(mark: Mark, byId: ReadonlyMap<string, ClientEvent>, language: string) {
  const events = mark.members.map((id) => byId.get(id)).filter((e): e is ClientEvent => Boolean(e));
  const onlyEvents = events.length === mark.members.length && events.length > 0;
  if (onlyEvents) {
    events.sort((a, b) => a.start - b.start);
    return { from: events[0]!.when, to: events.at(-1)!.when };
  }
  let format = monthYear.get(language);
  if (!format)
    monthYear.set(
      language,
      (format = new Intl.DateTimeFormat(language, { month: 'short', year: 'numeric', timeZone: 'UTC' })),
    );
  return { from: format.format(mark.start), to: format.format(Math.max(mark.start, mark.end - 1)) };
}

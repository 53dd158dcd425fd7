// The full date and title of a marker, on hover and on keyboard focus alike. It is never the only way to read them:
// the marker's name, the detail panel and the list carry the same text. Hidden from screen readers (the marker's
// name already says it); it stays while hovered, and Escape dismisses it (WCAG 1.4.13).
import type { ClientEvent } from '../core/timeline-payload.ts';

export function createTooltip(canvas: HTMLElement, eventOf: (el: Element) => ClientEvent | undefined) {
  const tip = canvas.querySelector<HTMLElement>('.tl-tooltip')!;
  const date = document.createElement('span');
  date.className = 'tl-tooltip-date';
  const title = document.createElement('span');
  title.className = 'tl-tooltip-title';
  tip.replaceChildren(date, title);
  let anchor: Element | undefined;

  function show(el: Element) {
    const event = eventOf(el);
    if (!event) return hide();
    anchor = el;
    date.textContent = event.when;
    title.textContent = event.title;
    tip.hidden = false;
    const box = canvas.getBoundingClientRect();
    const at = el.getBoundingClientRect();
    const width = tip.offsetWidth;
    const left = Math.max(0, Math.min(box.width - width, at.left - box.left + at.width / 2 - width / 2));
    // Below the marker in the upper lanes, above it in the lower ones, so it stays inside the timeline.
    const below = at.top - box.top < box.height / 2;
    const top = below ? at.bottom - box.top + 6 : at.top - box.top - tip.offsetHeight - 6;
    tip.style.left = `${left}px`;
    tip.style.top = `${top}px`;
  }
  function hide() {
    anchor = undefined;
    tip.hidden = true;
  }

  const target = (event: Event) => (event.target as Element).closest?.('.tl-mark[data-id], .tl-label');
  canvas.addEventListener('pointerover', (event) => {
    const el = target(event);
    if (el && el !== anchor) show(el);
  });
  canvas.addEventListener('pointerout', (event) => {
    const to = event.relatedTarget as Node | null;
    if (anchor && !(to && (anchor.contains(to) || tip.contains(to)))) {
      if (document.activeElement?.closest('.tl-mark') === anchor) return;
      hide();
    }
  });
  canvas.addEventListener('focusin', (event) => {
    const el = target(event);
    if (el) show(el);
    else hide();
  });
  canvas.addEventListener('focusout', (event) => {
    if (!canvas.contains(event.relatedTarget as Node | null)) hide();
  });
  return { show, hide, anchor: () => anchor };
}

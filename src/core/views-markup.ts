// The markup of the "time between" list and the "how long it took" strip, as HTML text: the build writes it into the
// page (so it shows without JavaScript) and the browser writes the same markup again when the filters change or the
// detail panel opens, so the two can never drift apart. Every value is escaped here.
import type { EventType } from './event-types.ts';
import { formatMessage } from './messages.ts';
import { laterText, type GapStep, type LaterStep, type TimeBetweenStrings, type ViewEvent } from './time-between.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const SHAPES: Record<EventType, string> = {
  report: '<rect x="2" y="2" width="12" height="12" rx="1"/>',
  inspection: '<path d="M8 1 15 8 8 15 1 8Z"/>',
  appointment: '<circle cx="8" cy="8" r="6.5"/>',
  case: '<path d="M8 1.5 15 14.5H1Z"/>',
};

/** The type's shape, as src/components/TypeIcon.astro draws it (type is never told by colour alone). */
export function typeIconSvg(type: EventType, size = 14): string {
  return `<svg class="type-icon type-icon--${type}" width="${size}" height="${size}" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${SHAPES[type]}</svg>`;
}

const pct = (share: number) => `${(share * 100).toFixed(2)}%`;

/** What the markup needs to say beyond the events' own words. */
export interface MarkupStrings extends TimeBetweenStrings {
  types: Record<EventType, string>;
  /** After an event in the time between: "Next event: {duration}". */
  gapNext: string;
  /** Between a label and what it labels (":" in English, " :" in French). */
  colon: string;
}

/** Every interface word the views use, as the build and /timeline.json both hand them on. */
export interface ViewWords extends Omit<MarkupStrings, 'types'> {
  /** The "how long it took" strip's heading and its one line of help. */
  howLongHeading: string;
  howLongHowTo: string;
}

/** Picks the views' words out of the interface strings: one list, so the page and the browser cannot drift apart. */
export function viewWords(t: Omit<ViewWords, 'colon'> & { punctuation: { colon: string } }): ViewWords {
  const { approximately, sameTime, later, before, after, sameDay, sameMonth, sameYear, gapNext } = t;
  const { howLongHeading, howLongHowTo } = t;
  return {
    colon: t.punctuation.colon,
    approximately,
    sameTime,
    later,
    before,
    after,
    sameDay,
    sameMonth,
    sameYear,
    gapNext,
    howLongHeading,
    howLongHowTo,
  };
}

/**
 * The items of the "time between" list: each event (a link to its page, with its type's shape and its date) and,
 * after it, a bar as long as the time until the next one, with that time written. `href(id)` is the event page.
 */
export function gapItemsHtml(
  steps: readonly GapStep[],
  href: (id: string) => string,
  language: string,
  t: MarkupStrings,
): string {
  return steps
    .map(({ event, next }) => {
      const gap = next
        ? `<span class="gaps-gap"><svg class="gaps-bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect class="gaps-bar-track" width="100" height="8"/><rect class="gaps-bar-fill" width="${(next.share * 100).toFixed(2)}" height="8"/></svg><span class="gaps-interval">${escapeHtml(formatMessage(t.gapNext, { duration: laterText(next, language, t) }, language))}</span></span>`
        : '';
      return `<li class="gaps-step type-label--${event.type}" data-gap-id="${escapeHtml(event.id)}">${typeIconSvg(event.type)}<a class="gaps-event" href="${escapeHtml(href(event.id))}"><span class="gaps-when">${escapeHtml(event.when)}</span> <span class="visually-hidden">${escapeHtml(t.types[event.type])}${escapeHtml(t.colon)} </span><span class="gaps-title">${escapeHtml(event.label ?? event.title)}</span></a>${gap}</li>`;
    })
    .join('');
}

/**
 * "How long it took": a strip from an event (at its inline start: the left, or the right in a right-to-left page) to
 * each related later event, at its distance, and the same as a list with each interval written. `headingLevel` fits the page it sits in.
 */
export function howLongHtml(
  from: ViewEvent,
  steps: readonly LaterStep[],
  href: (id: string) => string,
  heading: string,
  /** One sentence: how to read the strip. */
  howTo: string,
  headingLevel: 2 | 3,
  language: string,
  t: MarkupStrings,
): string {
  if (steps.length === 0) return '';
  const marks = steps
    .map(
      (s) =>
        `<span class="how-long-mark type-label--${s.event.type}" style="inset-inline-start:${pct(s.share)}">${typeIconSvg(s.event.type, 12)}</span>`,
    )
    .join('');
  const items = steps
    .map(
      (s) =>
        `<li class="type-label--${s.event.type}">${typeIconSvg(s.event.type, 12)} <strong class="how-long-after">${escapeHtml(laterText(s, language, t))}</strong>${escapeHtml(t.colon)} <a href="${escapeHtml(href(s.event.id))}">${escapeHtml(s.event.label ?? s.event.title)}</a> <span class="how-long-when">(${escapeHtml(s.event.when)})</span></li>`,
    )
    .join('');
  return `<section class="how-long" data-view="how-long" aria-label="${escapeHtml(heading)}"><h${headingLevel} class="how-long-heading">${escapeHtml(heading)}</h${headingLevel}><p class="how-long-howto">${escapeHtml(howTo)}</p><div class="how-long-strip" aria-hidden="true"><span class="how-long-line"></span><span class="how-long-mark how-long-start type-label--${from.type}" style="inset-inline-start:0%">${typeIconSvg(from.type, 12)}</span>${marks}</div><p class="how-long-ends" aria-hidden="true"><span>${escapeHtml(from.when)}</span><span>${escapeHtml(laterText(steps.at(-1)!, language, t))}</span></p><ol class="how-long-list">${items}</ol></section>`;
}

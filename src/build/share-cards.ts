import type { Dataset } from '../core/schema/dataset.ts';
import type { EventType } from '../core/event-types.ts';
import { formatDateSpan } from '../core/partial-date.ts';
import type { UiStrings } from '../i18n/en.ts';
import { canDraw } from './share-fonts.ts';
import type { ShareCard } from './share-image.ts';

const ACCENTS: Record<EventType, string> = {
  report: '#7fb3ff',
  inspection: '#ffae5c',
  appointment: '#7fd483',
  case: '#ff8fa8',
};

type Event = Dataset['events'][number];
interface CardSite {
  data: Dataset;
  events: Event[];
  language: string;
  t: UiStrings;
}

/** What one event's social card says. */
export function eventCard(site: CardSite, event: Event): ShareCard {
  return {
    siteTitle: site.data.title,
    title: event.title,
    kicker: `${formatDateSpan(event.date, event.end, site.language)} · ${site.t.types[event.type]}`,
    accent: ACCENTS[event.type],
  };
}

/** What the site's own social card says. */
export function siteCard(site: CardSite): ShareCard {
  return {
    siteTitle: site.t.eventsCount(site.events.length),
    title: site.data.title,
    kicker: site.data.description ? site.data.description.split(/(?<=\.)\s/)[0]! : '',
    accent: '#ffb86b',
  };
}

/** Whether the fonts can draw every word of a card: if not, it is left out rather than drawn with empty boxes. */
export function canDrawCard(card: ShareCard): boolean {
  return canDraw(`${card.siteTitle}${card.title}${card.kicker}`);
}

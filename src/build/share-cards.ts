import type { EventType } from '../core/event-types.ts';
import type { TimelineEvent } from '../core/schema/event.ts';
import { formatDateSpan } from '../core/partial-date.ts';
import { canDraw } from './share-fonts.ts';
import type { ShareCard } from './share-image.ts';
import type { Site } from './site-data.ts';
import { sharePicture } from './media-data.ts';

const ACCENTS: Record<EventType, string> = {
  report: '#7fb3ff',
  inspection: '#ffae5c',
  appointment: '#7fd483',
  case: '#ff8fa8',
};

/** What one event's social card says, over its picture (credited) when it has one. */
export function eventCard(site: Site, event: TimelineEvent): ShareCard {
  const picture = sharePicture(event);
  return {
    siteTitle: site.story.title,
    title: event.title,
    kicker: `${formatDateSpan(event.date, event.end, site.language, site.t)} · ${site.t.types[event.type]}`,
    accent: ACCENTS[event.type],
    dir: site.dir,
    ...(picture
      ? { picture: { file: picture.file, credit: site.format(site.t.mediaCredit, { credit: picture.credit }) } }
      : {}),
  };
}

/** What the site's own social card says. */
export function siteCard(site: Site): ShareCard {
  return {
    siteTitle: site.format(site.t.eventsCount, { count: site.events.length }),
    title: site.story.title,
    kicker: site.story.description ? site.story.description.split(/(?<=\.)\s/)[0]! : '',
    accent: '#ffb86b',
    dir: site.dir,
  };
}

const canDrawCard = (card: ShareCard) =>
  canDraw(`${card.siteTitle}${card.title}${card.kicker}${card.picture?.credit ?? ''}`);

/** The cards the fonts cannot draw (text in scripts other than Latin and Arabic): those fall back rather than show empty boxes. */
export interface Undrawable {
  site: boolean;
  events: ReadonlySet<string>;
}

const found = new WeakMap<Site, Undrawable>();

/**
 * Which cards cannot be drawn, worked out once per site data and said once in the build log, so an editor knows
 * why an event shares the site's image. Only events that get their own card are checked.
 */
export function undrawableCards(site: Site): Undrawable {
  const known = found.get(site);
  if (known) return known;
  const events = site.perEventExtras
    ? site.events.filter((event) => !canDrawCard(eventCard(site, event))).map((event) => event.id)
    : [];
  const undrawable = { site: !canDrawCard(siteCard(site)), events: new Set(events) };
  found.set(site, undrawable);
  if (events.length)
    console.warn(
      `Share images: ${events.length} event${events.length === 1 ? ' uses' : 's use'} the site's image, because the text has characters outside Latin, Latin Extended and Arabic (${events.map((id) => `"${id}"`).join(', ')}).`,
    );
  if (undrawable.site)
    console.warn(
      'Share images: none for the site, because its title has characters outside Latin, Latin Extended and Arabic.',
    );
  return undrawable;
}

import type { Site } from './site-data.ts';
import { eventPath } from '../core/site-url.ts';
import { siteJsonLd, eventJsonLd } from '../core/json-ld.ts';
import type { TimelineEvent } from '../core/schema/event.ts';
import { SHARE_IMAGE } from './share-image.ts';
import { eventCard, undrawableCards } from './share-cards.ts';
import { shareImageFormat } from './share-image.ts';

/** The site's own share image id (event ids are slugs, so one with a leading underscore cannot clash). */
export const SITE_IMAGE_ID = '_site';

/** Everything a page's `<head>` says about it; one builder serves every layout. */
export interface PageHead {
  title: string;
  siteTitle: string;
  /** "Page · Site", or the site title alone on the home page. */
  fullTitle: string;
  description: string;
  language: string;
  canonical: string;
  /**
   * This page in the story's other language editions (the file's `alternates`), this one included, for
   * `<link rel="alternate" hreflang>`; empty when the file names none or the page has no counterpart.
   */
  alternates: { hreflang: string; href: string }[];
  /** None when the fonts cannot draw the site's title (a script they do not cover). */
  image?: { url: string; alt: string; width: number; height: number };
  /** Absolute address of the page's oEmbed JSON, for discovery. */
  oembed?: string;
  jsonLd?: Record<string, unknown>;
  ogType: 'website' | 'article';
  /** Embeds and the projector view are not pages to index. */
  noindex: boolean;
}

export interface HeadOptions {
  /** Site path of the page, e.g. "/about/". */
  path: string;
  /** The page's own title; the story's title when left out. */
  title?: string;
  description?: string;
  /** The event the page is about: its share image and oEmbed file where the build makes them. */
  event?: TimelineEvent;
  /** Offer oEmbed discovery for the site (the home page) or the event. */
  oembed?: boolean;
  noindex?: boolean;
}

/**
 * The pages every edition of a story has whatever its events: an alternate edition is built from its own file, so
 * only these are sure to have a counterpart at the same path (event ids and years may differ between the files).
 */
export const EDITION_PATHS: readonly string[] = ['/', '/about/', '/classroom/', '/print/', '/present/'];

/** Links to this page in each language edition, this one first; none unless the file lists other editions. */
export function alternatesFor(site: Site, path: string, canonical: string): PageHead['alternates'] {
  const others = site.story.alternates ?? [];
  if (others.length === 0 || !EDITION_PATHS.includes(path)) return [];
  return [
    { hreflang: site.language, href: canonical },
    ...others.map((edition) => ({ hreflang: edition.language, href: new URL(path.slice(1), edition.url).href })),
  ];
}

/**
 * Which share images the build makes: the site's, and one per event when the file is small enough; none for a card
 * whose text the fonts cannot draw (the event then shares the site's image).
 */
export function shareImageIds(site: Site, format: 'png' | 'jpg' = 'png'): string[] {
  const undrawable = undrawableCards(site);
  return [
    ...(undrawable.site || format !== 'png' ? [] : [SITE_IMAGE_ID]),
    ...(site.perEventExtras
      ? site.events
          .filter((e) => !undrawable.events.has(e.id) && shareImageFormat(eventCard(site, e)) === format)
          .map((e) => e.id)
      : []),
  ];
}

/** The share image a page shows: its event's own, else the site's, else none. */
function shareImage(site: Site, event: TimelineEvent | undefined): string | undefined {
  const undrawable = undrawableCards(site);
  if (event && !undrawable.events.has(event.id))
    return site.url(`/share/${event.id}.${shareImageFormat(eventCard(site, event))}`);
  return undrawable.site ? undefined : site.url(`/share/${SITE_IMAGE_ID}.png`);
}

export function pageHead(site: Site, options: HeadOptions): PageHead {
  const { story } = site;
  const title = options.title ?? story.title;
  const event = options.event;
  const perEvent = event && site.perEventExtras ? event : undefined;
  const canonical = site.url(options.path);
  const image = shareImage(site, perEvent);
  return {
    title,
    siteTitle: story.title,
    fullTitle: title === story.title ? title : `${title} · ${story.title}`,
    description: options.description ?? story.description ?? story.title,
    language: site.language,
    canonical,
    alternates: alternatesFor(site, options.path, canonical),
    ...(image ? { image: { url: image, alt: title, ...SHARE_IMAGE } } : {}),
    ...(options.oembed
      ? { oembed: site.url(perEvent ? `/oembed/events/${perEvent.id}.json` : '/oembed/site.json') }
      : {}),
    ...(options.path === '/' ? { jsonLd: siteJsonLd(story, canonical, image) } : {}),
    ...(event ? { jsonLd: eventJsonLd(event, story, canonical, site.url('/'), image) } : {}),
    ogType: event ? 'article' : 'website',
    noindex: options.noindex ?? false,
  };
}

/** What an event's page shows besides the event: its neighbours in time, the events it links to, where it embeds. */
export function eventPageData(site: Site, event: TimelineEvent) {
  const position = site.position.get(event.id)!;
  return {
    head: pageHead(site, {
      path: eventPath(event.id),
      title: event.title,
      description: event.summary,
      event,
      oembed: true,
    }),
    previous: site.events[position - 1],
    next: site.events[position + 1],
    related: (event.related ?? []).map((id) => site.byId.get(id)).filter((e): e is TimelineEvent => Boolean(e)),
    embedPath: site.perEventExtras ? `/embed/${event.id}/` : '/embed/',
  };
}

import { withBase } from './site-url.ts';

/** The site's own share image id (event ids are slugs, so one with a leading underscore cannot clash). */
export const SITE_IMAGE_ID = '_site';

/**
 * Whether each event gets its own share image, embed card and oEmbed file. Each costs build time; past the
 * full-list limit the site-level ones serve (embed one event with /embed/?event=<id>).
 */
export function hasPerEventExtras(site: { listMode: 'full' | 'years' }): boolean {
  return site.listMode === 'full';
}

/** Which cards the fonts cannot draw (text in scripts other than Latin): those fall back rather than show empty boxes. */
export interface Undrawable {
  site: boolean;
  events: ReadonlySet<string>;
}

interface ShareSite {
  events: { id: string }[];
  listMode: 'full' | 'years';
  undrawable?: Undrawable;
}

const hasOwnImage = (site: ShareSite, eventId: string) =>
  hasPerEventExtras(site) && !site.undrawable?.events.has(eventId);

/** Which share images the build makes: one per event for files up to the full-list limit (images cost build time), and the site's. */
export function shareImageIds(site: ShareSite): string[] {
  return [
    ...(site.undrawable?.site ? [] : [SITE_IMAGE_ID]),
    ...site.events.filter((e) => hasOwnImage(site, e.id)).map((e) => e.id),
  ];
}

/** A page's share image: the event's own, else the site's, else none (a site whose title the fonts cannot draw). */
export function shareImagePath(site: ShareSite, eventId?: string): string | undefined {
  if (eventId && hasOwnImage(site, eventId)) return withBase(`/share/${eventId}.png`);
  return site.undrawable?.site ? undefined : withBase(`/share/${SITE_IMAGE_ID}.png`);
}

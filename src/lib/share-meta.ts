import { FULL_LIST_LIMIT } from './site-data.ts';
import { withBase } from './site-url.ts';

/** The site's own share image id (event ids are slugs, so one with a leading underscore cannot clash). */
export const SITE_IMAGE_ID = '_site';

/** Which share images the build makes: one per event for files up to the full-list limit (images cost build time), and the site's. */
export function shareImageIds(site: { events: { id: string }[] }): string[] {
  return [SITE_IMAGE_ID, ...(site.events.length <= FULL_LIST_LIMIT ? site.events.map((e) => e.id) : [])];
}

export function shareImagePath(site: { events: { id: string }[] }, eventId?: string): string {
  const id = eventId && site.events.length <= FULL_LIST_LIMIT ? eventId : SITE_IMAGE_ID;
  return withBase(`/share/${id}.png`);
}

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

/** Which share images the build makes: one per event for files up to the full-list limit (images cost build time), and the site's. */
export function shareImageIds(site: { events: { id: string }[]; listMode: 'full' | 'years' }): string[] {
  return [SITE_IMAGE_ID, ...(hasPerEventExtras(site) ? site.events.map((e) => e.id) : [])];
}

export function shareImagePath(site: { listMode: 'full' | 'years' }, eventId?: string): string {
  const id = eventId && hasPerEventExtras(site) ? eventId : SITE_IMAGE_ID;
  return withBase(`/share/${id}.png`);
}

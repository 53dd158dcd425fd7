import { withBase } from './site-url.ts';

/** Default sizes offered to oEmbed consumers (WordPress clamps heights to 200–1000). */
export const OEMBED_SIZE = { site: { width: 640, height: 900 }, event: { width: 640, height: 520 } } as const;

export function oembedPath(eventId?: string): string {
  return withBase(eventId ? `/oembed/events/${eventId}.json` : '/oembed/site.json');
}

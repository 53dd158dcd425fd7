import type { APIRoute } from 'astro';
import { getSiteData } from '../../build/site-data.ts';
import { formatDateSpan } from '../../core/partial-date.ts';
import { renderShareImage } from '../../build/share-image.ts';
import { shareImageIds, SITE_IMAGE_ID } from '../../core/share-meta.ts';

const ACCENTS = { report: '#7fb3ff', inspection: '#ffae5c', appointment: '#7fd483', case: '#ff8fa8' } as const;

export function getStaticPaths() {
  return shareImageIds(getSiteData()).map((id) => ({ params: { id } }));
}

/** One social card per event (and one for the site), made at build time from the data; no external service. */
export const GET: APIRoute = async ({ params }) => {
  const { data, events, index, language, t } = getSiteData();
  const event = params.id === SITE_IMAGE_ID ? undefined : events[index.get(params.id!)!];
  const png = await renderShareImage(
    event
      ? {
          siteTitle: data.title,
          title: event.title,
          kicker: `${formatDateSpan(event.date, event.end, language)} · ${t.types[event.type]}`,
          accent: ACCENTS[event.type],
        }
      : {
          siteTitle: t.eventsCount(events.length),
          title: data.title,
          kicker: data.description ? data.description.split(/(?<=\.)\s/)[0]! : '',
          accent: '#ffb86b',
        },
  );
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};

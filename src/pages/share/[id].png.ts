import type { APIRoute } from 'astro';
import { getSite } from '../../build/site-data.ts';
import { shareImageIds, SITE_IMAGE_ID } from '../../build/page-head.ts';
import { renderShareImage } from '../../build/share-image.ts';
import { formatDateSpan } from '../../core/partial-date.ts';

const ACCENTS = { report: '#7fb3ff', inspection: '#ffae5c', appointment: '#7fd483', case: '#ff8fa8' } as const;

export function getStaticPaths() {
  return shareImageIds(getSite()).map((id) => ({ params: { id } }));
}

/** One social card per event (and one for the site), made at build time from the data; no external service. */
export const GET: APIRoute = async ({ params }) => {
  const { story, events, byId, language, dir, t, format } = getSite();
  const event = params.id === SITE_IMAGE_ID ? undefined : byId.get(params.id!);
  const png = await renderShareImage(
    event
      ? {
          siteTitle: story.title,
          title: event.title,
          kicker: `${formatDateSpan(event.date, event.end, language)} · ${t.types[event.type]}`,
          accent: ACCENTS[event.type],
          dir,
        }
      : {
          siteTitle: format(t.eventsCount, { count: events.length }),
          title: story.title,
          kicker: story.description ? story.description.split(/(?<=\.)\s/)[0]! : '',
          accent: '#ffb86b',
          dir,
        },
  );
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};

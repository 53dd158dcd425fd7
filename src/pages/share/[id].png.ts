import type { APIRoute } from 'astro';
import { getSite } from '../../build/site-data.ts';
import { shareImageIds, SITE_IMAGE_ID } from '../../build/page-head.ts';
import { renderShareImage } from '../../build/share-image.ts';
import { eventCard, siteCard } from '../../build/share-cards.ts';

export function getStaticPaths() {
  return shareImageIds(getSite()).map((id) => ({ params: { id } }));
}

/** One social card per event without a picture (and one for the site), made at build time from the data; no external service. */
export const GET: APIRoute = async ({ params }) => {
  const site = getSite();
  const event = params.id === SITE_IMAGE_ID ? undefined : site.byId.get(params.id!);
  const png = await renderShareImage(event ? eventCard(site, event) : siteCard(site));
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};

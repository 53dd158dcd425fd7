import type { APIRoute } from 'astro';
import { getSite } from '../../build/site-data.ts';
import { shareImageIds } from '../../build/page-head.ts';
import { renderShareImage } from '../../build/share-image.ts';
import { eventCard } from '../../build/share-cards.ts';

// The social cards of events with a picture: the picture cropped to 1200×630 under the words, credited (JPEG).
export function getStaticPaths() {
  return shareImageIds(getSite(), 'jpg').map((id) => ({ params: { id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const site = getSite();
  const jpeg = await renderShareImage(eventCard(site, site.byId.get(params.id!)!));
  return new Response(new Uint8Array(jpeg), { headers: { 'content-type': 'image/jpeg' } });
};

import type { APIRoute } from 'astro';
import { getSite } from '../../build/site-data.ts';
import { embedCode, OEMBED_SIZE } from '../../core/embed-code.ts';
import { embedScriptIntegrity } from '../../build/embed-script.ts';

export function getStaticPaths() {
  const site = getSite();
  return [
    { params: { path: 'site' } },
    ...(site.perEventExtras ? site.events.map((e) => ({ params: { path: `events/${e.id}` } })) : []),
  ];
}

/** oEmbed as static JSON files, found through each page's discovery link (WordPress and others read it). */
export const GET: APIRoute = ({ params }) => {
  const site = getSite();
  const id = params.path!.startsWith('events/') ? params.path!.slice('events/'.length) : undefined;
  const event = id ? site.byId.get(id) : undefined;
  const size = event ? OEMBED_SIZE.event : OEMBED_SIZE.site;
  const title = event ? event.title : site.story.title;
  const body = {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: site.story.title,
    provider_url: site.url('/'),
    html: embedCode({
      src: site.url(event ? `/embed/${event.id}/` : '/embed/'),
      title,
      height: size.height,
      withScript: true,
      scriptSrc: site.url('/embed.js'),
      scriptIntegrity: embedScriptIntegrity(),
    }),
    width: size.width,
    height: size.height,
  };
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json+oembed' } });
};

import type { APIRoute } from 'astro';
import { getSiteData } from '../../build/site-data.ts';
import { embedCode } from '../../core/embed-code.ts';
import { embedScriptIntegrity } from '../../build/embed-script.ts';
import { withBase } from '../../core/site-url.ts';
import { OEMBED_SIZE } from '../../core/oembed.ts';
import { hasPerEventExtras } from '../../core/share-meta.ts';

export function getStaticPaths() {
  const site = getSiteData();
  return [
    { params: { path: 'site' } },
    ...(hasPerEventExtras(site) ? site.events.map((e) => ({ params: { path: `events/${e.id}` } })) : []),
  ];
}

/** oEmbed as static JSON files, found through each page's discovery link (WordPress and others read it). */
export const GET: APIRoute = ({ params, site }) => {
  const { data, events, index } = getSiteData();
  const id = params.path!.startsWith('events/') ? params.path!.slice('events/'.length) : undefined;
  const event = id ? events[index.get(id)!] : undefined;
  const size = event ? OEMBED_SIZE.event : OEMBED_SIZE.site;
  const title = event ? event.title : data.title;
  const src = new URL(withBase(event ? `/embed/${event.id}/` : '/embed/'), site).href;
  const body = {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: data.title,
    provider_url: new URL(withBase('/'), site).href,
    html: embedCode({
      src,
      title,
      height: size.height,
      withScript: true,
      scriptSrc: new URL(withBase('/embed.js'), site).href,
      scriptIntegrity: embedScriptIntegrity(),
    }),
    width: size.width,
    height: size.height,
  };
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json+oembed' } });
};

import type { APIRoute } from 'astro';
import { getSite } from '../build/site-data.ts';
import { eventsCsv } from '../core/events-export.ts';
import { eventPath } from '../core/site-url.ts';

/** Every event as a spreadsheet ("Get the data"). */
export const GET: APIRoute = () => {
  const site = getSite();
  return new Response(
    eventsCsv(site.events, (e) => site.url(eventPath(e.id))),
    { headers: { 'content-type': 'text/csv; charset=utf-8' } },
  );
};

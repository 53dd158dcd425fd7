import type { APIRoute } from 'astro';
import { getSite } from '../build/site-data.ts';
import { eventsJson } from '../core/events-export.ts';

/** Every event as an event file ("Get the data"): the shape the site is built from, valid against its schema. */
export const GET: APIRoute = () => {
  const { story, events } = getSite();
  return new Response(eventsJson(story, events), { headers: { 'content-type': 'application/json' } });
};

import type { APIRoute } from 'astro';
import { getSite } from '../build/site-data.ts';
import { searchText } from '../core/filter-events.ts';
import type { SearchIndex } from '../core/timeline-payload.ts';

/** What the browser searches: each event's title, summary and people, folded. Fetched only when a reader searches. */
export const GET: APIRoute = () => {
  const index: SearchIndex = Object.fromEntries(
    getSite().events.map((e) => [e.id, searchText(e.title, e.summary, ...(e.people ?? []).map((p) => p.name))]),
  );
  return new Response(JSON.stringify(index), { headers: { 'content-type': 'application/json' } });
};

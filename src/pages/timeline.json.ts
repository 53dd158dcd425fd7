import type { APIRoute } from 'astro';
import { getSiteData } from '../build/site-data.ts';
import { formatDateSpan } from '../core/partial-date.ts';
import { toClientRecord } from '../core/timeline-items.ts';

/** What the interactive timeline fetches when it mounts: kept out of the HTML so the first load stays small. */
export const GET: APIRoute = () => {
  const { events, language, t } = getSiteData();
  return new Response(
    JSON.stringify({
      groups: t.typesPlural,
      types: t.types,
      groupLabel: t.timelineGroup,
      events: events.map((e) => toClientRecord(e, formatDateSpan(e.date, e.end, language))),
    }),
    { headers: { 'content-type': 'application/json' } },
  );
};

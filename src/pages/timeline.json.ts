import type { APIRoute } from 'astro';
import { getSite } from '../build/site-data.ts';
import { formatDateSpan } from '../core/partial-date.ts';
import { viewWords } from '../core/views-markup.ts';
import { overviewGeometry } from '../core/overview.ts';
import { toPayloadEvent, toPayloadFocus, type TimelinePayload } from '../core/timeline-payload.ts';

/** What the browser's timeline reads: kept out of the HTML so the first load stays small. */
export const GET: APIRoute = () => {
  const { story, events, language, t, overview } = getSite();
  const payload: TimelinePayload = {
    language,
    strings: {
      types: t.types,
      typesPlural: t.typesPlural,
      timelineGroup: t.timelineGroup,
      showingCount: t.showingCount,
      typeCount: t.typeCount,
      colon: t.punctuation.colon,
      timelineMarker: t.timelineMarker,
      timelineOthers: t.timelineOthers,
      timelineCluster: t.timelineCluster,
      timeBetween: viewWords(t),
    },
    events: events.map((e) => toPayloadEvent(e, formatDateSpan(e.date, e.end, language, t))),
    overview: overviewGeometry(overview.layout),
    ...(story.focus ? { focus: toPayloadFocus(story.focus) } : {}),
  };
  return new Response(JSON.stringify(payload), { headers: { 'content-type': 'application/json' } });
};

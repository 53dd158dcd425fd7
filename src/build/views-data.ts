// What the views of issue 14 show, worked out once per site at build time: the events as the views take them, the
// "time between" steps, the aligned cases, the "how long it took" strips and the time at each rating level.
import { alignedCases, type AlignedModel } from '../core/aligned-cases.ts';
import { formatDateSpan } from '../core/partial-date.ts';
import { ratingTimeText } from '../core/rating-sentence.ts';
import { eventPath } from '../core/site-url.ts';
import { gapSteps, laterRelated, type GapStep, type ViewEvent } from '../core/time-between.ts';
import { viewWords, type MarkupStrings } from '../core/views-markup.ts';
import type { Site } from './site-data.ts';

interface ViewsData {
  events: ViewEvent[];
  byId: Map<string, ViewEvent>;
  strings: MarkupStrings;
  gaps: GapStep[];
  aligned: AlignedModel;
  ratingTime: ReturnType<typeof ratingTimeText>;
  href: (id: string) => string;
  /** Each event's links, either way (an event lists it, or it lists the event). */
  links: Map<string, Set<string>>;
}

const cache = new WeakMap<Site, ViewsData>();

export function viewsData(site: Site): ViewsData {
  let data = cache.get(site);
  if (data) return data;
  const { t, language } = site;
  const events: ViewEvent[] = site.events.map((e) => ({
    id: e.id,
    type: e.type,
    date: e.date,
    title: e.title,
    label: e.label,
    when: formatDateSpan(e.date, e.end, language, t),
    related: e.related,
  }));
  const strings: MarkupStrings = { ...viewWords(t), types: t.types };
  const links = new Map(events.map((e) => [e.id, new Set(e.related ?? [])]));
  for (const e of events) for (const id of e.related ?? []) links.get(id)?.add(e.id);
  for (const [id, set] of links) set.delete(id);
  data = {
    links,
    events,
    byId: new Map(events.map((e) => [e.id, e])),
    strings,
    gaps: site.listMode === 'full' ? gapSteps(events, language, strings) : [],
    aligned: alignedCases(events, site.overview.ratings, language, strings),
    ratingTime: ratingTimeText(site.overview.ratings, language, t),
    href: (id) => site.path(eventPath(id)),
  };
  cache.set(site, data);
  return data;
}

/** The related events after `id`, with the time from it to each ("how long it took"). */
export function howLongFor(site: Site, id: string) {
  const data = viewsData(site);
  const event = data.byId.get(id);
  if (!event) return undefined;
  const steps = laterRelated(
    event,
    data.events,
    site.language,
    data.strings,
    data.links.get(id),
    site.position.get(id),
  );
  return { event, steps };
}

import { toClientEvent, type SearchIndex, type TimelinePayload } from '../core/timeline-payload.ts';
import type { LoadedData } from './app-context.ts';
import { fetchJson } from './read-json.ts';

const loads = new Map<string, Promise<unknown>>();

function once<T>(url: string, load: () => Promise<T>): Promise<T> {
  let promise = loads.get(url) as Promise<T> | undefined;
  if (!promise) {
    promise = load();
    loads.set(url, promise);
    // A failed load may be tried again (the network may come back).
    promise.catch(() => loads.delete(url));
  }
  return promise;
}

/** The timeline payload (timeline.json), fetched at most once per page. */
export function loadData(url: string): Promise<LoadedData> {
  return once(url, async () => {
    const payload = await fetchJson<TimelinePayload>(url);
    const events = payload.events.map(toClientEvent);
    return { payload, events, byId: new Map(events.map((e) => [e.id, e])) };
  });
}

/** The search index (search.json), fetched the first time a reader searches. */
export function loadSearch(url: string): Promise<SearchIndex> {
  return once(url, () => fetchJson<SearchIndex>(url));
}

import { EVENT_TYPES, isEventType, SLUG, type EventType } from './event-types.ts';

/** The view a URL describes: shared links and embeds restore exactly this. */
export interface ViewState {
  event?: string;
  types?: EventType[];
  q?: string;
  from?: number;
  to?: number;
  hideSensitive?: boolean;
  /** The chapter being read (?chapter=). */
  chapter?: string;
  /** A view other than the timeline (issue 14); absent for the timeline. */
  view?: StoryView;
}

/**
 * The views of the story besides the timeline: `?view=gaps`, `?view=aligned`. An embed's own `view=full` or
 * `view=compact` is read by the embed layout and left alone here.
 */
export const STORY_VIEWS = ['gaps', 'aligned'] as const;
export type StoryView = (typeof STORY_VIEWS)[number];
export function isStoryView(value: string | null | undefined): value is StoryView {
  return (STORY_VIEWS as readonly (string | null | undefined)[]).includes(value);
}

/** A year as the timeline's own links write it: `2008`, or an astronomical year before 1000 (`-490` is 491 BC). */
function year(value: string | null): number | undefined {
  return value && /^(\d{4}|-?\d{1,6})$/.test(value) && value !== '-0' ? Number(value) : undefined;
}

/** Reads view state from a query string, ignoring anything malformed rather than failing. */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const state: ViewState = {};
  const event = params.get('event');
  if (event && SLUG.test(event)) state.event = event;
  const types = params.get('types');
  if (types !== null) {
    const list = types.split(',').filter(isEventType);
    state.types = EVENT_TYPES.filter((t) => list.includes(t));
  }
  const q = params.get('q')?.trim();
  if (q) state.q = q.slice(0, 200);
  let from = year(params.get('from'));
  let to = year(params.get('to'));
  if (from !== undefined && to !== undefined && from > to) [from, to] = [to, from];
  if (from !== undefined) state.from = from;
  if (to !== undefined) state.to = to;
  if (params.get('sensitive') === 'hide') state.hideSensitive = true;
  const chapter = params.get('chapter');
  if (chapter && SLUG.test(chapter)) state.chapter = chapter;
  const view = params.get('view');
  if (isStoryView(view)) state.view = view;
  return state;
}

/**
 * Writes view state back into a query string, keeping any other parameters (an embed's `theme`, say).
 * Defaults are left out so a plain view has a plain URL.
 */
export function serializeViewState(state: ViewState, base = ''): string {
  const params = new URLSearchParams(base);
  for (const key of ['event', 'types', 'q', 'from', 'to', 'sensitive', 'chapter']) params.delete(key);
  if (state.event) params.set('event', state.event);
  if (state.types && state.types.length < EVENT_TYPES.length) params.set('types', state.types.join(','));
  if (state.q) params.set('q', state.q);
  if (state.from !== undefined) params.set('from', String(state.from));
  if (state.to !== undefined) params.set('to', String(state.to));
  if (state.hideSensitive) params.set('sensitive', 'hide');
  if (state.chapter) params.set('chapter', state.chapter);
  if (state.view) params.set('view', state.view);
  else if (isStoryView(params.get('view'))) params.delete('view');
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}

// The one contract between the build and the browser. The build writes these shapes (src/pages/timeline.json.ts,
// src/pages/search.json.ts); the browser reads them and nothing else: the rendered page is a view, never a data
// source. Both sides import these types, so the type checker holds them to the same shape.
import type { EventType } from './event-types.ts';
import type { Message, PluralForms } from './messages.ts';
import { circaDate, parsePartialDate, type PartialDate } from './partial-date.ts';
import type { Dataset } from './schema/dataset.ts';
import type { TimelineEvent } from './schema/event.ts';
import type { ViewWords } from './views-markup.ts';

/** One event as the browser needs it: small, because files can hold 10,000 of them. */
export interface PayloadEvent {
  id: string;
  type: EventType;
  /** As written in the file (`2008`, `2008-05`, `2008-05-17`); the browser parses it with the same module. */
  date: string;
  end?: string;
  title: string;
  /** The date or span formatted at build time in the story's language, as every page shows it. */
  when: string;
  sensitive?: true;
  /** One of the story's turning points: always labelled, drawn as a callout on the overview. */
  highlight?: true;
  /** The date is approximate (`"circa": true`): the timeline draws its marker dashed. */
  circa?: true;
  /** The editor's short label (at most 40 characters) for tight places; the title otherwise. */
  label?: string;
  /** How many sources it cites, when more than one: the timeline labels better-sourced events first. */
  sources?: number;
  /** The ids it lists as related (the "how long it took" strip works out the links either way). */
  related?: string[];
}

/** The span the story is about (the file's `focus`): shaded on the overview, and the timeline's opening window. */
export interface PayloadFocus {
  /** UTC instant of the first moment of `from`. */
  from: number;
  /** UTC instant just after the last moment of `to` (exclusive). */
  to: number;
  label?: string;
}

/** The overview chart's scale and geometry, as numbers: the brush and the filtered bars use them as drawn. */
export interface OverviewGeometry {
  /** UTC instants at the chart's left and right ends. */
  domain: [number, number];
  /** Their x positions in the chart's own units (its viewBox). */
  range: [number, number];
  /** The bars' band: top and height in chart units, and the count the full height stands for. */
  bars: { top: number; height: number; yMax: number };
  /** Each bar's column: its first year, x and width in chart units. */
  years: { year: number; x: number; width: number }[];
  /** How many years each bar counts (1 for a story of decades; 10, 100… for long histories: see year-bins.ts). */
  binYears: number;
}

/** The interface text the browser writes itself (everything else is in the page). */
export interface ClientStrings {
  types: Record<EventType, string>;
  typesPlural: Record<EventType, string>;
  /** A block standing for several events of one lane. */
  timelineGroup: PluralForms;
  /** "Showing {shown} of {count} events". */
  showingCount: PluralForms;
  typeCount: Message;
  /** Between a label and its text ("17 May 2008: title"): ":" in English, " :" in French. */
  colon: string;
  /** A marker's accessible name: "{when}: {title}". */
  timelineMarker: Message;
  /** Beside a marker that shares its place with others: "and {count} more here". */
  timelineOthers: PluralForms;
  /** A cluster's accessible name: "{count} events, {from} to {to}: zoom in". */
  timelineCluster: PluralForms;
  /** The words of the "time between" view and the "how long it took" strip (issue 14). */
  timeBetween: ViewWords;
}

/** What /timeline.json carries. */
export interface TimelinePayload {
  language: string;
  strings: ClientStrings;
  /** Every event, in time order. */
  events: PayloadEvent[];
  overview: OverviewGeometry;
  /** Absent when the file names no focus. */
  focus?: PayloadFocus;
}

/** What the page tells <timeline-app> (inline JSON): where the data is, and what to say if it cannot load. */
export interface TimelineAppConfig {
  /** The timeline payload (timeline.json). */
  data: string;
  /** The search index (search.json), fetched when a reader first searches. */
  search: string;
  /** Where event pages live: an event's page is this followed by its id and a slash. */
  eventPage: string;
  /** Shown in place of the timeline when its data or code cannot load. */
  failed: string;
}

/**
 * What the page's table of every event tells its script (inline JSON), for sorting by the columns the timeline
 * payload does not carry: per event, in time order (the payload's order), its place and how many sources it cites.
 */
export interface EventTableConfig {
  rows: [place: string, sources: number][];
}

/** What the projector view tells its script (inline JSON): the slides in order, and how to count them. */
export interface PresentPayload {
  language: string;
  /** "Event {n} of {total}". */
  slideCount: string;
  /** Between a slide's date and title when it is announced. */
  colon: string;
  slides: { id: string; type: EventType; sensitive?: true; when: string; title: string }[];
  /** "Chapter {n} of {total}", with chapters. */
  chapterCount?: string;
  /** The story's chapters as slides (absent when the file has none); a chapter is sensitive if any of its events is. */
  chapters?: { id: string; sensitive?: true; when: string; title: string }[];
}

/** What /search.json carries, fetched only when a reader searches: each event's title, summary and people, folded. */
export type SearchIndex = Record<string, string>;

export function toPayloadEvent(event: TimelineEvent, when: string): PayloadEvent {
  return {
    id: event.id,
    type: event.type,
    date: event.date.text,
    ...(event.end ? { end: event.end.text } : {}),
    title: event.title,
    when,
    ...(event.sensitive ? { sensitive: true as const } : {}),
    ...(event.highlight ? { highlight: true as const } : {}),
    ...(event.date.circa ? { circa: true as const } : {}),
    ...(event.label ? { label: event.label } : {}),
    ...(event.sources.length > 1 ? { sources: event.sources.length } : {}),
    ...(event.related?.length ? { related: [...event.related] } : {}),
  };
}

export function toPayloadFocus(focus: NonNullable<Dataset['focus']>): PayloadFocus {
  return { from: focus.from.start, to: focus.to.end, ...(focus.label ? { label: focus.label } : {}) };
}

/** A payload event with its instants, worked out in the browser (sending them made the file a quarter bigger). */
export interface ClientEvent extends PayloadEvent {
  start: number;
  /** Exclusive end instant in UTC ms, for ranges. */
  stop?: number;
}

/** A payload event's date parsed, marked approximate again when the event is circa (intervals from it say "about"). */
export function payloadDate(event: Pick<PayloadEvent, 'date' | 'circa'>): PartialDate {
  const date = parsePartialDate(event.date)!;
  return event.circa ? circaDate(date) : date;
}

export function toClientEvent(event: PayloadEvent): ClientEvent {
  const start = parsePartialDate(event.date)!.start;
  const end = event.end ? parsePartialDate(event.end) : null;
  return { ...event, start, ...(end ? { stop: end.end } : {}) };
}

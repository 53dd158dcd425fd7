// Chapters: the story read in order (the event file's `chapters`). Which events each chapter turns on, and the small
// shape the browser is given. Runs anywhere: the build, the pages and the tests use the same derivation.
import type { EventType } from './event-types.ts';
import type { PartialDate } from './partial-date.ts';

export interface ChapterInput {
  id: string;
  title: string;
  from: PartialDate;
  to: PartialDate;
  events?: readonly string[];
  types?: readonly EventType[];
}

interface EventInput {
  id: string;
  type: EventType;
  date: PartialDate;
}

/** What the browser needs to read a chapter: its span as UTC instants and the ids it highlights, in time order. */
export interface PayloadChapter {
  id: string;
  title: string;
  /** UTC instant of the first moment of `from`. */
  from: number;
  /** UTC instant just after the last moment of `to` (exclusive). */
  to: number;
  events: string[];
}

/**
 * The events a chapter highlights, in the order of `events` (time order): the ones it names, and every event of its
 * `types` that starts inside its span. The others are dimmed while it is read, never removed.
 */
export function chapterEventIds(chapter: ChapterInput, events: readonly EventInput[]): string[] {
  const named = new Set(chapter.events ?? []);
  const types = new Set(chapter.types ?? []);
  const { start } = chapter.from;
  const { end } = chapter.to;
  return events
    .filter((e) => named.has(e.id) || (types.has(e.type) && e.date.start >= start && e.date.start < end))
    .map((e) => e.id);
}

export function toPayloadChapter(chapter: ChapterInput, events: readonly EventInput[]): PayloadChapter {
  return {
    id: chapter.id,
    title: chapter.title,
    from: chapter.from.start,
    to: chapter.to.end,
    events: chapterEventIds(chapter, events),
  };
}

/** The chapter after (step 1) or before (step −1) `id`; from the title card (undefined) step 1 is the first. */
export function stepChapter<T extends { id: string }>(
  chapters: readonly T[],
  id: string | undefined,
  step: number,
): T | undefined {
  const at = id === undefined ? -1 : chapters.findIndex((c) => c.id === id);
  const next = at + step;
  return next >= 0 && next < chapters.length ? chapters[next] : undefined;
}

import type { z } from 'astro/zod';
import { isExpandedYear, type PartialDate } from '../partial-date.ts';

type Issue = Parameters<z.core.$RefinementCtx['addIssue']>[0];
type Context = { addIssue: (issue: Issue) => void };

/** The rules that span the whole file: unique ids, related events that exist, and years that are not typos. */
export function checkDataset(
  data: {
    events?: unknown;
    ancientDates?: unknown;
    updated?: unknown;
    corrections?: unknown;
    chapters?: unknown;
    language?: unknown;
    alternates?: unknown;
    focus?: unknown;
  },
  ctx: Context,
) {
  checkIds(data, ctx);
  checkAlternates(data, ctx);
  checkChapters(data, ctx);
  if (data.ancientDates !== true) checkYears(data, ctx);
}

/** Language editions: each language once, and none in this file's own language (that edition is this one). */
function checkAlternates(data: { language?: unknown; alternates?: unknown }, ctx: Context) {
  if (!Array.isArray(data.alternates)) return;
  const lower = (tag: unknown) => (typeof tag === 'string' ? tag.toLowerCase() : undefined);
  const own = lower(data.language ?? 'en-GB');
  const seen = new Map<string, number>();
  (data.alternates as { language?: unknown }[]).forEach((alternate, i) => {
    const tag = lower(alternate?.language);
    if (!tag) return;
    if (tag === own) {
      ctx.addIssue({
        code: 'custom',
        path: ['alternates', i, 'language'],
        message: `${JSON.stringify(alternate.language)} is this file's own language: list only the other editions`,
      });
    } else if (seen.has(tag)) {
      ctx.addIssue({
        code: 'custom',
        path: ['alternates', i, 'language'],
        message: `${JSON.stringify(alternate.language)} is already the language of alternates[${seen.get(tag)}]`,
      });
    } else seen.set(tag, i);
  });
}

/** Chapters: unique ids, spans that run forwards, and events that exist and fall inside the chapter's span. */
function checkChapters(data: { events?: unknown; chapters?: unknown }, ctx: Context) {
  if (!Array.isArray(data.chapters)) return;
  const events = new Map<unknown, { date?: unknown }>(
    Array.isArray(data.events) ? (data.events as { id?: unknown; date?: unknown }[]).map((e) => [e?.id, e]) : [],
  );
  const seen = new Map<string, number>();
  (data.chapters as { id?: unknown; from?: unknown; to?: unknown; events?: unknown }[]).forEach((chapter, c) => {
    if (typeof chapter?.id === 'string') {
      const earlier = seen.get(chapter.id);
      if (earlier !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['chapters', c, 'id'],
          message: `${JSON.stringify(chapter.id)} is already the id of chapters[${earlier}]`,
        });
      } else seen.set(chapter.id, c);
    }
    const { from, to } = chapter ?? {};
    const spanOk = isPartialDate(from) && isPartialDate(to);
    if (spanOk && to.end <= from.start) {
      ctx.addIssue({
        code: 'custom',
        path: ['chapters', c, 'to'],
        message: `${JSON.stringify(to.text)} is before the chapter's start ${JSON.stringify(from.text)}`,
      });
    }
    if (!Array.isArray(chapter?.events)) return;
    (chapter.events as unknown[]).forEach((id, i) => {
      if (typeof id !== 'string') return;
      const event = events.get(id);
      if (!event) {
        ctx.addIssue({
          code: 'custom',
          path: ['chapters', c, 'events', i],
          message: `no event has the id ${JSON.stringify(id)}`,
        });
      } else if (spanOk && isPartialDate(event.date) && (event.date.end <= from.start || event.date.start >= to.end)) {
        ctx.addIssue({
          code: 'custom',
          path: ['chapters', c, 'events', i],
          message: `${JSON.stringify(id)} (${event.date.text}) is outside the chapter's span, ${from.text} to ${to.text}`,
        });
      }
    });
  });
}

function checkIds(data: { events?: unknown }, ctx: Context) {
  if (!Array.isArray(data.events)) return;
  const events = data.events as unknown[];
  const idOf = (event: unknown) => (event as { id?: unknown } | null)?.id;
  const firstIndex = new Map<unknown, number>();
  events.forEach((event, index) => {
    const id = idOf(event);
    if (typeof id !== 'string') return;
    const earlier = firstIndex.get(id);
    if (earlier !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['events', index, 'id'],
        message: `${JSON.stringify(id)} is already the id of events[${earlier}]`,
      });
    } else {
      firstIndex.set(id, index);
    }
  });
  events.forEach((event, index) => {
    const related = (event as { related?: unknown } | null)?.related;
    if (!Array.isArray(related)) return;
    related.forEach((id: unknown, r) => {
      if (typeof id !== 'string') return;
      if (id === idOf(event)) {
        ctx.addIssue({
          code: 'custom',
          path: ['events', index, 'related', r],
          message: 'an event cannot be related to itself',
        });
      } else if (!firstIndex.has(id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['events', index, 'related', r],
          message: `no event has the id ${JSON.stringify(id)}`,
        });
      }
    });
  });
}

const isPartialDate = (value: unknown): value is PartialDate =>
  typeof value === 'object' && value !== null && 'start' in value && 'year' in value;

/** Every parsed date in the file, with where it is. */
function* datesOf(data: {
  events?: unknown;
  updated?: unknown;
  corrections?: unknown;
  focus?: unknown;
  chapters?: unknown;
}) {
  if (isPartialDate(data.updated)) yield { path: ['updated'], date: data.updated };
  const focus = data.focus as { from?: unknown; to?: unknown } | undefined;
  if (isPartialDate(focus?.from)) yield { path: ['focus', 'from'], date: focus.from };
  if (isPartialDate(focus?.to)) yield { path: ['focus', 'to'], date: focus.to };
  if (Array.isArray(data.chapters)) {
    for (const [i, c] of (data.chapters as { from?: unknown; to?: unknown }[]).entries()) {
      if (isPartialDate(c?.from)) yield { path: ['chapters', i, 'from'], date: c.from };
      if (isPartialDate(c?.to)) yield { path: ['chapters', i, 'to'], date: c.to };
    }
  }
  if (Array.isArray(data.corrections)) {
    for (const [i, c] of (data.corrections as { date?: unknown }[]).entries()) {
      if (isPartialDate(c?.date)) yield { path: ['corrections', i, 'date'], date: c.date };
    }
  }
  if (!Array.isArray(data.events)) return;
  for (const [i, e] of (data.events as { date?: unknown; end?: unknown; sources?: unknown }[]).entries()) {
    if (isPartialDate(e?.date)) yield { path: ['events', i, 'date'], date: e.date };
    if (isPartialDate(e?.end)) yield { path: ['events', i, 'end'], date: e.end };
    if (!Array.isArray(e?.sources)) continue;
    for (const [j, s] of (e.sources as { date?: unknown }[]).entries()) {
      if (isPartialDate(s?.date)) yield { path: ['events', i, 'sources', j, 'date'], date: s.date };
    }
  }
}

/**
 * A year before 1000 is almost always a typo ("0208" for "2008") unless the file says it tells ancient history; so is
 * an expanded year before year 1 ("-0490"), which only such a file needs.
 */
function checkYears(data: Parameters<typeof datesOf>[0], ctx: Context) {
  for (const { path, date } of datesOf(data)) {
    if (date.year >= 1000) continue;
    ctx.addIssue({
      code: 'custom',
      path,
      message: isExpandedYear(date.text)
        ? `${JSON.stringify(date.text)} is a year before year 1 (${1 - date.year} BC); a file of ancient history sets "ancientDates": true`
        : `the year ${date.year} is before 1000, which is almost always a typo; a file of ancient history sets "ancientDates": true`,
    });
  }
}

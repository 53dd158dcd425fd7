// The promises the default story (data/events.json) makes to readers, checked on the real file.
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../../src/core/schema/event.ts';
import { validateEventFile } from '../../src/build/events-file.ts';
import { countByType } from '../../src/core/summarize-dataset.ts';

const result = validateEventFile(new URL('../../data/events.json', import.meta.url).pathname);

describe('data/events.json', () => {
  it('is valid', () => {
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
  if (!result.ok) return;
  const { events } = result.data;

  it('has at least 55 events, at least 8 of each type', () => {
    expect(events.length).toBeGreaterThanOrEqual(55);
    const counts = countByType(events);
    for (const type of EVENT_TYPES) expect(counts[type], type).toBeGreaterThanOrEqual(8);
  });

  it('covers the core decade densely and the years around it', () => {
    const years = events.map((e) => e.date.year);
    expect(years.filter((y) => y >= 2002 && y <= 2014).length).toBeGreaterThanOrEqual(40);
    for (const year of [2000, 2001, 2018, 2019, 2023]) expect(years, `an event in ${year}`).toContain(year);
  });

  it('cites at least one dated source per event, and links a source for nearly all of them', () => {
    for (const event of events) {
      expect(
        event.sources.some((s) => s.date),
        `${event.id} has no dated source`,
      ).toBe(true);
    }
    // Some sources survive only as print or archive references; they are cited without a link rather than with a guessed one.
    const unlinked = events.filter((e) => !e.sources.some((s) => s.url));
    expect(unlinked.length / events.length).toBeLessThanOrEqual(0.1);
  });

  it('gives every inspection judgement a rating on the common scale, in date order', () => {
    const rated = events.filter((e) => e.rating);
    expect(rated.length).toBeGreaterThanOrEqual(15);
    expect(rated.every((e) => e.type === 'inspection')).toBe(true);
    const last = rated.at(-1)!;
    expect(last.rating?.level).toBe('good');
  });

  it('marks every child death or abuse as sensitive', () => {
    for (const event of events.filter(
      (e) => e.tags?.includes('child death') || e.tags?.includes('serious case review'),
    )) {
      expect(event.sensitive, event.id).toBe(true);
    }
  });

  it('shows the known conflicts between sources in notes', () => {
    const noteOf = (id: string) => events.find((e) => e.id === id)?.note ?? '';
    expect(noteOf('zero-stars-2002')).toMatch(/10.*12/s);
    expect(noteOf('apa-2008')).toMatch(/2008.*2009.*2010/s);
    expect(noteOf('child-deaths-count-2009')).toMatch(/conflict/i);
  });

  it('links deaths to their reviews and trials', () => {
    const relatedOf = (id: string) => events.find((e) => e.id === id)?.related ?? [];
    expect(relatedOf('khyra-ishaq-dies')).toEqual(
      expect.arrayContaining(['khyra-ishaq-scr-published', 'khyra-ishaq-sentences']),
    );
    expect(relatedOf('keanu-williams-dies')).toEqual(
      expect.arrayContaining(['keanu-williams-scr', 'keanu-williams-conviction']),
    );
  });

  it('has no two events with the same date and title', () => {
    const keys = events.map((e) => `${e.date.text}|${e.title}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives tenures an end date', () => {
    const tenures = events.filter((e) => e.type === 'appointment' && e.end);
    expect(tenures.length).toBeGreaterThanOrEqual(5);
  });

  it('marks a handful of turning points, each with a short label', () => {
    const highlights = events.filter((e) => e.highlight);
    expect(highlights.length).toBeGreaterThanOrEqual(6);
    expect(highlights.length).toBeLessThanOrEqual(10);
    for (const event of highlights) expect(event.label, event.id).toBeTruthy();
  });

  it('focuses on the years rated inadequate, as the description defines the decade', () => {
    const { focus, description } = result.data;
    expect(description).toMatch(/inadequate.*2008.*January 2019/s);
    // From the first 'inadequate' judgement (the December 2008 assessment) to the first one above it (January 2019).
    const firstInadequate = events.find((e) => e.id === 'apa-2008')!;
    const firstAbove = events.find((e) => e.id === 'ofsted-2019')!;
    expect(firstAbove.rating?.level).not.toBe('failing');
    expect(focus?.from.start).toBeLessThanOrEqual(firstInadequate.date.start);
    expect(focus?.from.end).toBeGreaterThan(firstInadequate.date.start);
    expect(focus?.to.start).toBeLessThanOrEqual(firstAbove.date.start);
    expect(focus?.to.end).toBeGreaterThan(firstAbove.date.start);
    expect(focus?.label).toMatch(/inadequate.*2008.*January 2019/);
  });
});

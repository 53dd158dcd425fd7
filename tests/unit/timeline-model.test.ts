import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateEventFileText } from '../../src/core/validate-dataset.ts';
import { sortEvents } from '../../src/core/summarize-dataset.ts';
import {
  countsPerYear,
  ratingHistory,
  ratingRuns,
  tenures,
  thinRatingHistory,
  type RatingSpan,
} from '../../src/core/overview-model.ts';
import { layoutOverview } from '../../src/core/overview-layout.ts';
import { barSegments } from '../../src/core/bar-segments.ts';
import { fullWindow, toTimelineGroups, toTimelineItem } from '../../src/core/timeline-items.ts';
import { toClientEvent, toPayloadEvent, toPayloadFocus, type ClientEvent } from '../../src/core/timeline-payload.ts';
import { partialDate } from '../../src/core/partial-date.ts';
import { parseViewState, serializeViewState } from '../../src/core/url-state.ts';
import { inRange, loadedRangeFor, needsReload } from '../../src/core/loaded-range.ts';
import { alignToBins, binMonthsFor, binOf, diffItems, isBlock, itemsToDraw } from '../../src/core/crowding.ts';
import { matchesFilters, searchText } from '../../src/core/filter-events.ts';
import { en } from '../../src/i18n/en.ts';

const result = validateEventFileText(readFileSync(new URL('../fixtures/valid.json', import.meta.url), 'utf8'), 'f');
if (!result.ok) throw new Error(result.problems.join('\n'));
const events = sortEvents(result.data.events);

describe('events → vis-timeline items and groups', () => {
  it('makes points for dated events and ranges for events with an end, in UTC', () => {
    const items = events.map((e) => toTimelineItem(toClientEvent(toPayloadEvent(e, e.date.text))));
    const appointment = items.find((i) => i.id === 'month-appointment')!;
    expect(appointment).toMatchObject({
      type: 'range',
      group: 'appointment',
      start: Date.UTC(2008, 4, 1),
      end: Date.UTC(2011, 1, 1),
    });
    const inspection = items.find((i) => i.id === 'may-inspection')!;
    expect(inspection).toMatchObject({ type: 'point', group: 'inspection', start: Date.UTC(2008, 4, 17) });
    expect(inspection.end).toBeUndefined();
    expect(items.find((i) => i.id === 'later-case')!.className).toContain('tl-item--sensitive');
    expect(items.filter((i) => i.className.includes('tl-item--circa'))).toEqual([]);
  });
  it('marks an approximate (circa) date, so the timeline draws it dashed', () => {
    const event = { ...events.find((e) => e.id === 'may-inspection')!, circa: true as const };
    const circa = { ...event, date: { ...event.date, circa: true as const } };
    const payload = toPayloadEvent(circa, 'c. 17 May 2008');
    expect(payload.circa).toBe(true);
    expect(toTimelineItem(toClientEvent(payload)).className).toContain('tl-item--circa');
  });
  it('ships dates, not instants, and works the instants out from them', () => {
    const event = events.find((e) => e.id === 'month-appointment')!;
    const record = toPayloadEvent(event, 'May 2008 – January 2011');
    expect(Object.keys(record)).not.toContain('start');
    expect(toClientEvent(JSON.parse(JSON.stringify(record)))).toMatchObject({
      start: Date.UTC(2008, 4, 1),
      stop: Date.UTC(2011, 1, 1),
      when: 'May 2008 – January 2011',
    });
  });
  it("carries the editor's highlight, short label and focus span, and nothing when they are not set", () => {
    const byId = new Map(events.map((e) => [e.id, e]));
    expect(toPayloadEvent(byId.get('later-case')!, '12 March 2010')).toMatchObject({
      highlight: true,
      label: 'Later case & <3',
    });
    const plain = toPayloadEvent(byId.get('first-report')!, '2008');
    expect(Object.keys(plain)).not.toContain('highlight');
    expect(Object.keys(plain)).not.toContain('label');
    const focus = result.ok ? result.data.focus : undefined;
    expect(focus && toPayloadFocus(focus)).toEqual({
      from: Date.UTC(2008, 4, 1),
      to: Date.UTC(2011, 0, 1),
      label: 'The years in focus & <3',
    });
  });
  it('has one lane per type, in the schema order', () => {
    expect(toTimelineGroups(en.typesPlural).map((g) => [g.id, g.content])).toEqual([
      ['report', 'Reports'],
      ['inspection', 'Inspections'],
      ['appointment', 'Appointments'],
      ['case', 'Cases'],
    ]);
  });
  it('frames every event in the initial window', () => {
    const client = events.map((e) => toClientEvent(toPayloadEvent(e, e.date.text)));
    const { start, end } = fullWindow(client);
    expect(start).toBeLessThan(Date.UTC(2008, 0, 1));
    expect(end).toBeGreaterThan(Date.UTC(2011, 1, 1));
  });
});

describe('the span of events the timeline holds', () => {
  const window = { start: 1000, end: 2000 };
  const loaded = loadedRangeFor(window);
  it('is the window and a window either side', () => {
    expect(loaded).toEqual({ start: 0, end: 3000 });
  });
  it('keeps what is loaded while the window stays well inside it', () => {
    expect(needsReload(window, loaded)).toBe(false);
    expect(needsReload({ start: 1400, end: 2400 }, loaded)).toBe(false);
    expect(needsReload({ start: 800, end: 2200 }, loaded)).toBe(false);
  });
  it('loads more before a pan or zoom out reaches the edge', () => {
    expect(needsReload({ start: 1600, end: 2600 }, loaded)).toBe(true);
    expect(needsReload({ start: -100, end: 900 }, loaded)).toBe(true);
    expect(needsReload({ start: 500, end: 2500 }, loaded)).toBe(true);
  });
  it('loads less after zooming far in', () => {
    expect(needsReload({ start: 1500, end: 1600 }, loaded)).toBe(true);
  });
  it('holds points inside it and ranges that overlap it', () => {
    expect(inRange(loaded, 3000)).toBe(true);
    expect(inRange(loaded, 3001)).toBe(false);
    expect(inRange(loaded, -500, 10)).toBe(true);
    expect(inRange(loaded, -500, -1)).toBe(false);
  });
});

describe('crowded stretches drawn as blocks', () => {
  const YEAR = 365.25 * 86_400_000;
  // 40 events a year for ten years, ten in each lane, spread through the months.
  const crowd: ClientEvent[] = Array.from({ length: 400 }, (_, i) => {
    const type = (['report', 'inspection', 'appointment', 'case'] as const)[i % 4]!;
    const start = Date.UTC(2000 + Math.floor(i / 40), Math.floor((i % 40) / 4) + 1, 1);
    return {
      id: `e${i}`,
      type,
      date: new Date(start).toISOString().slice(0, 10),
      title: `Event ${i}`,
      when: '',
      start,
    };
  });
  const label = (n: number) => `${n} events`;
  const whole = { start: Date.UTC(1999, 0, 1), end: Date.UTC(2011, 0, 1) };

  it('picks calendar-aligned bins that fit the window', () => {
    expect(binMonthsFor(10 * YEAR, 10)).toBe(12);
    expect(binMonthsFor(YEAR, 12)).toBe(1);
    expect(binMonthsFor(250 * YEAR, 10)).toBe(600);
    const bin = binOf(Date.UTC(2008, 4, 17), 12);
    expect([bin.start, bin.end]).toEqual([Date.UTC(2008, 0, 1), Date.UTC(2009, 0, 1)]);
    expect(binOf(Date.UTC(1969, 11, 31), 24).start).toBe(Date.UTC(1968, 0, 1));
    expect(alignToBins({ start: Date.UTC(2003, 5, 1), end: Date.UTC(2005, 2, 1) }, 12)).toEqual({
      start: Date.UTC(2003, 0, 1),
      end: Date.UTC(2006, 0, 1) - 1,
    });
  });
  it('draws every event on its own when the span is not crowded', () => {
    const items = itemsToDraw(crowd.slice(0, 100), { loaded: whole, binMonths: 12, label });
    expect(items).toHaveLength(100);
    expect(items.some(isBlock)).toBe(false);
  });
  it('groups a crowded lane into one block per bin, counting every event once', () => {
    const items = itemsToDraw(crowd, { loaded: whole, binMonths: 12, label });
    const blocks = items.filter(isBlock);
    expect(blocks).toHaveLength(40);
    expect(blocks.every((b) => b.count === 10 && b.content === '10 events')).toBe(true);
    expect(new Set(blocks.map((b) => b.group))).toEqual(new Set(['report', 'inspection', 'appointment', 'case']));
    const report2004 = blocks.find(
      (b) => b.group === 'report' && b.start > Date.UTC(2004, 0, 1) && b.end! < Date.UTC(2005, 0, 1),
    )!;
    expect(report2004.type).toBe('range');
    expect(blocks.reduce((sum, b) => sum + b.count, 0) + items.filter((i) => !isBlock(i)).length).toBe(400);
  });
  it('keeps a bin of a few events as single events, and the selected event always on its own', () => {
    const items = itemsToDraw(crowd, { loaded: whole, binMonths: 1, label, keep: 'e123' });
    expect(items.some(isBlock)).toBe(false);
    const kept = itemsToDraw(crowd, { loaded: whole, binMonths: 12, label, keep: 'e123' });
    expect(kept.find((i) => i.id === 'e123')).toMatchObject({ type: 'point', content: 'Event 123' });
    expect(kept.filter(isBlock).reduce((sum, b) => sum + b.count, 0) + kept.filter((i) => !isBlock(i)).length).toBe(
      400,
    );
  });
  it('draws only the events of the loaded span, and the selected one from anywhere', () => {
    const loaded = { start: Date.UTC(2003, 0, 1), end: Date.UTC(2004, 0, 1) - 1 };
    const items = itemsToDraw(crowd, { loaded, binMonths: 12, label, keep: 'e399' });
    expect(items.map((i) => i.id).sort()).toEqual(
      [...crowd.filter((e) => e.date.startsWith('2003')).map((e) => e.id), 'e399'].sort(),
    );
  });
  it('changes only what differs', () => {
    const before = itemsToDraw(crowd, { loaded: whole, binMonths: 12, label });
    const after = itemsToDraw(crowd, { loaded: whole, binMonths: 12, label, keep: 'e0' });
    const { remove, upsert } = diffItems(new Map(before.map((i) => [i.id, i])), after);
    expect(remove).toEqual([]);
    expect(upsert.map((i) => [i.id, i.content]).sort()).toEqual([
      ['block:report:12:30', '9 events'],
      ['e0', 'Event 0'],
    ]);
    expect(diffItems(new Map(after.map((i) => [i.id, i])), before).remove).toEqual(['e0']);
  });
});

describe('overview model', () => {
  it('counts events per year by type, with empty years kept', () => {
    expect(countsPerYear(events)).toEqual([
      { year: 2008, report: 1, inspection: 1, appointment: 1, case: 0 },
      { year: 2009, report: 0, inspection: 0, appointment: 0, case: 0 },
      { year: 2010, report: 0, inspection: 0, appointment: 0, case: 1 },
    ]);
  });
  it('holds each rating until the next one', () => {
    const extra = [
      ...events,
      { ...events[2]!, id: 'good-later', date: partialDate('2012'), rating: { label: 'Good', level: 'good' as const } },
    ];
    const history = ratingHistory(extra, Date.UTC(2015, 0, 1));
    expect(
      history.map((r) => [
        r.id,
        r.level,
        new Date(r.from).toISOString().slice(0, 10),
        new Date(r.to).toISOString().slice(0, 10),
      ]),
    ).toEqual([
      ['may-inspection', 'failing', '2008-05-17', '2012-01-01'],
      ['good-later', 'good', '2012-01-01', '2015-01-01'],
    ]);
  });
  it('puts overlapping tenures in separate lanes', () => {
    const overlapping = [
      ...events,
      {
        ...events[1]!,
        id: 'second',
        date: partialDate('2009'),
        end: partialDate('2010'),
        type: 'appointment' as const,
      },
      { ...events[1]!, id: 'third', date: partialDate('2012'), end: partialDate('2013'), type: 'appointment' as const },
    ];
    expect(tenures(overlapping).map((t) => [t.id, t.lane])).toEqual([
      ['month-appointment', 0],
      ['second', 1],
      ['third', 0],
    ]);
  });
  it('stacks bars so each year is as tall as its total', () => {
    const rows = countsPerYear(events);
    const segments = barSegments(rows, 3, { top: 0, height: 90 }, (year) => [year, 1]);
    const y2008 = segments.filter((s) => s.year === 2008);
    expect(y2008.reduce((sum, s) => sum + s.height, 0)).toBeCloseTo(90);
    expect(segments.filter((s) => s.year === 2010).reduce((sum, s) => sum + s.height, 0)).toBeCloseTo(30);
  });
  it('lays out the whole chart inside its width, as shares of it', () => {
    const ratings = ratingHistory(events, Date.UTC(2011, 0, 1));
    const layout = layoutOverview(countsPerYear(events), ratings, ratingRuns(ratings), tenures(events));
    expect(layout.ticks.map((t) => t.year)).toEqual([2008, 2009, 2010, 2011]);
    expect(layout.ticks[0]!.x).toBe(0);
    expect(layout.ticks.at(-1)!.x).toBe(1);
    for (const t of layout.tenures) expect(t.to).toBeLessThanOrEqual(1);
    expect(layout.tenures[0]).toMatchObject({ name: 'B. Leader', role: 'Director & chief' });
  });
});

describe('URL state', () => {
  it('parses and serialises every option', () => {
    const state = parseViewState('?event=khyra-ishaq-dies&types=case,report&q=Ofsted&from=2014&to=2008&sensitive=hide');
    expect(state).toEqual({
      event: 'khyra-ishaq-dies',
      types: ['report', 'case'],
      q: 'Ofsted',
      from: 2008,
      to: 2014,
      hideSensitive: true,
    });
    expect(serializeViewState(state)).toBe(
      '?event=khyra-ishaq-dies&types=report,case&q=Ofsted&from=2008&to=2014&sensitive=hide',
    );
  });
  it('ignores malformed values and keeps unrelated parameters', () => {
    expect(parseViewState('?event=<script>&types=bogus&from=20x8')).toEqual({ types: [] });
    expect(serializeViewState({ q: 'a b' }, '?theme=dark&q=old')).toBe('?theme=dark&q=a+b');
    expect(serializeViewState({ types: ['report', 'inspection', 'appointment', 'case'] })).toBe('');
  });
});

describe('filters', () => {
  const event = {
    type: 'case' as const,
    sensitive: true,
    text: searchText('Khyra Ishaq dies', 'Summary', 'Mrs Justice King'),
  };
  it('matches types, sensitivity and every search word, ignoring case and accents', () => {
    expect(matchesFilters(event, {})).toBe(true);
    expect(matchesFilters(event, { types: ['report'] })).toBe(false);
    expect(matchesFilters(event, { hideSensitive: true })).toBe(false);
    expect(matchesFilters(event, { q: 'KHYRA king' })).toBe(true);
    expect(matchesFilters(event, { q: 'khyra ofsted' })).toBe(false);
    expect(matchesFilters({ ...event, text: searchText('Sir Albert Böre') }, { q: 'bore' })).toBe(true);
  });
});

describe('overview at scale', () => {
  it('thins a long rating history to one mark per year, keeping the rating in force at each year end', () => {
    const spans = Array.from({ length: 30 }, (_, i): RatingSpan => ({
      id: `r${i}`,
      label: 'x',
      level: i % 2 ? 'good' : 'failing',
      from: Date.UTC(2000 + Math.floor(i / 3), i % 3, 1),
      to: 0,
    }));
    const thin = thinRatingHistory(spans, 5);
    expect(thin.map((s) => s.id)).toEqual(['r2', 'r5', 'r8', 'r11', 'r14', 'r17', 'r20', 'r23', 'r26', 'r29']);
    expect(thinRatingHistory(spans, 100)).toHaveLength(30);
  });
  it('leaves out tenures that would need too many lanes', () => {
    const many = Array.from({ length: 5 }, (_, i) => ({
      ...events[1]!,
      id: `t${i}`,
      date: partialDate('2009'),
      end: partialDate('2012'),
      type: 'appointment' as const,
    }));
    expect(tenures(many, 3).map((t) => t.lane)).toEqual([0, 1, 2]);
  });
});

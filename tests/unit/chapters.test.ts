// Chapters (the story read in order) and host-page control: the pure parts, on the real story and small fixtures.
import { describe, expect, it } from 'vitest';
import { chapterEventIds, stepChapter, toPayloadChapter } from '../../src/core/chapters.ts';
import { parseHostMessage } from '../../src/core/host-messages.ts';
import { partialDate } from '../../src/core/partial-date.ts';
import { parseViewState, serializeViewState } from '../../src/core/url-state.ts';
import { loadDataset, resolveEventsFile } from '../../src/build/events-file.ts';
import { sortEvents } from '../../src/core/summarize-dataset.ts';

const event = (id: string, type: 'report' | 'inspection' | 'appointment' | 'case', date: string) => ({
  id,
  type,
  date: partialDate(date),
});
const events = [
  event('before', 'inspection', '2007-12'),
  event('named-report', 'report', '2008-03-01'),
  event('first-inspection', 'inspection', '2008'),
  event('second-inspection', 'inspection', '2009-12-31'),
  event('after', 'inspection', '2010-01-01'),
  event('unnamed-case', 'case', '2009-05'),
];
const chapter = {
  id: 'early',
  title: 'Early years',
  from: partialDate('2008'),
  to: partialDate('2009'),
  events: ['named-report'],
  types: ['inspection' as const],
};

describe('a chapter', () => {
  it('highlights the events it names and every event of its types inside its span, in time order', () => {
    expect(chapterEventIds(chapter, events)).toEqual(['named-report', 'first-inspection', 'second-inspection']);
    expect(chapterEventIds({ ...chapter, types: undefined }, events)).toEqual(['named-report']);
  });
  it('gives the browser its span as UTC instants, the end exclusive', () => {
    expect(toPayloadChapter(chapter, events)).toEqual({
      id: 'early',
      title: 'Early years',
      from: Date.UTC(2008, 0, 1),
      to: Date.UTC(2010, 0, 1),
      events: ['named-report', 'first-inspection', 'second-inspection'],
    });
  });
  it('steps forwards and back, from the title card (no chapter) to the first, and stops at the ends', () => {
    const list = [{ id: 'one' }, { id: 'two' }, { id: 'three' }];
    expect(stepChapter(list, undefined, 1)?.id).toBe('one');
    expect(stepChapter(list, 'one', 1)?.id).toBe('two');
    expect(stepChapter(list, 'two', -1)?.id).toBe('one');
    expect(stepChapter(list, 'one', -1)).toBeUndefined();
    expect(stepChapter(list, 'three', 1)).toBeUndefined();
  });
  it('in the real story: 5 chapters, each highlighting exactly the events it names', () => {
    const data = loadDataset(resolveEventsFile());
    const sorted = sortEvents(data.events);
    expect(data.chapters?.length).toBeGreaterThanOrEqual(5);
    for (const c of data.chapters!) {
      const ids = chapterEventIds(c, sorted);
      expect(ids.length, c.id).toBe(c.events?.length ?? 0);
      expect(new Set(ids)).toEqual(new Set(c.events));
    }
  });
});

describe('the ?chapter= address', () => {
  it('is read when it is a slug and written back with the rest of the view', () => {
    expect(parseViewState('?chapter=khyra-ishaq&event=x').chapter).toBe('khyra-ishaq');
    expect(parseViewState('?chapter=Khyra%20Ishaq').chapter).toBeUndefined();
    expect(parseViewState('?chapter=').chapter).toBeUndefined();
    expect(serializeViewState({ chapter: 'zero-stars', from: 2000 }, '?theme=dark&chapter=old')).toBe(
      '?theme=dark&from=2000&chapter=zero-stars',
    );
    expect(serializeViewState({}, '?chapter=old')).toBe('');
  });
});

describe('host-page messages', () => {
  const known = { events: new Set(['khyra-ishaq-dies']), chapters: new Set(['khyra-ishaq']) };
  it('accept exactly the three shapes, with ids the embed has', () => {
    expect(parseHostMessage({ type: 'timeline:select', id: 'khyra-ishaq-dies' }, known)).toEqual({
      type: 'timeline:select',
      id: 'khyra-ishaq-dies',
    });
    expect(parseHostMessage({ type: 'timeline:select', id: null }, known)).toEqual({
      type: 'timeline:select',
      id: null,
    });
    expect(parseHostMessage({ type: 'timeline:chapter', id: 'khyra-ishaq' }, known)).toEqual({
      type: 'timeline:chapter',
      id: 'khyra-ishaq',
    });
    expect(parseHostMessage({ type: 'timeline:chapter', id: null }, known)).toEqual({
      type: 'timeline:chapter',
      id: null,
    });
    for (const view of ['timeline', 'gaps', 'aligned'])
      expect(parseHostMessage({ type: 'timeline:view', view }, known)).toEqual({ type: 'timeline:view', view });
  });
  it('refuse anything else: unknown ids, an event id as a chapter, wrong types, extra fields, other tools', () => {
    const refused: unknown[] = [
      { type: 'timeline:select', id: 'no-such-event' },
      { type: 'timeline:chapter', id: 'khyra-ishaq-dies' },
      { type: 'timeline:select', id: 'khyra-ishaq' },
      { type: 'timeline:select', id: 42 },
      { type: 'timeline:select' },
      { type: 'timeline:select', id: 'khyra-ishaq-dies', html: '<img>' },
      { type: 'timeline:view', view: 'gaps', id: 'x' },
      { type: 'timeline:view', view: 'compact' },
      { type: 'timeline:view', view: 'toString' },
      { type: 'timeline:navigate', url: 'https://example.org/' },
      { type: 'timeline:select', id: '__proto__' },
      { sentinel: 'amp', type: 'embed-size', height: 100 },
      'timeline:select',
      ['timeline:select', 'khyra-ishaq-dies'],
      null,
      undefined,
    ];
    for (const data of refused) expect(parseHostMessage(data, known), JSON.stringify(data)).toBeUndefined();
  });
});

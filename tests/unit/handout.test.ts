import { describe, expect, it } from 'vitest';
import { qrCode } from '../../src/build/qr-code.ts';
import { firstSentences, HANDOUT, linesOf, planHandout, urlPieces, type HandoutInput } from '../../src/core/handout.ts';
import { formatPartialDate } from '../../src/core/partial-date.ts';
import { en } from '../../src/i18n/en.ts';
import { sourceReferences } from '../../src/core/source-references.ts';
import { sortEvents } from '../../src/core/summarize-dataset.ts';
import { validateDataset } from '../../src/core/validate-dataset.ts';
import { textWidth } from '../../src/core/text-width.ts';
import { generateEvents } from '../support/generate-events.ts';
import { readQrSvg } from '../support/read-qr.ts';

/** A generated file of `count` events, every `every`-th a key moment. */
function story(count: number, every: number) {
  const file = generateEvents(count);
  file.events.forEach((e, i) => {
    if (i % every === 0) Object.assign(e, { highlight: true, label: `Moment ${i}` });
  });
  const parsed = validateDataset(file);
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return sortEvents(parsed.data.events);
}

function input(events: ReturnType<typeof story>): HandoutInput {
  return {
    events,
    dates: new Map(events.map((e) => [e.id, formatPartialDate(e.date, 'en-GB', en, true)])),
    summaries: new Map(events.map((e) => [e.id, e.summary])),
    paragraphs: ['Two sentences of introduction. The second one.', 'A content note.', 'Childline: 0800 1111'],
    chartHeight: 420,
  };
}

describe('the handout plan', () => {
  it('lists every event of a story that fits on four pages', () => {
    const events = story(60, 8);
    const plan = planHandout(input(events));
    expect(plan.chronology).toBe('all');
    expect(plan.listed).toHaveLength(60);
    expect(plan.notListed).toBe(0);
    expect(plan.moments.map((e) => e.id)).toEqual(events.filter((e) => e.highlight).map((e) => e.id));
    expect(plan.estimate.used).toBeLessThanOrEqual(plan.estimate.room);
  });

  it('lists only the key moments of a file too long for four pages, and counts the rest', () => {
    const events = story(700, 100);
    const plan = planHandout(input(events));
    expect(plan.chronology).toBe('key-moments');
    expect(plan.listed.map((e) => e.id)).toEqual(events.filter((e) => e.highlight).map((e) => e.id));
    expect(plan.notListed).toBe(700 - plan.listed.length);
    expect(plan.estimate.used).toBeLessThanOrEqual(plan.estimate.room);
  });

  it('keeps as many key moments as fit when there are too many even for that, in time order, and says how many are left', () => {
    const events = story(400, 2);
    const plan = planHandout(input(events));
    const keyMoments = events.filter((e) => e.highlight);
    expect(plan.moments.length).toBeGreaterThan(0);
    expect(plan.moments.length).toBeLessThan(keyMoments.length);
    expect(plan.moments).toEqual(keyMoments.slice(0, plan.moments.length));
    expect(plan.momentsLeft).toBe(keyMoments.length - plan.moments.length);
    expect(plan.estimate.used).toBeLessThanOrEqual(plan.estimate.room);
  });

  it('sizes the date column for the widest date', () => {
    const events = story(60, 8);
    const widest = Math.max(...events.map((e) => textWidth(formatPartialDate(e.date, 'en-GB', en, true), 12)));
    expect(planHandout(input(events)).dateWidth).toBe(widest);
  });
});

describe('the handout estimates', () => {
  it('counts wrapped lines the way a browser breaks words', () => {
    const word = textWidth('word', 10);
    const space = textWidth(' ', 10);
    expect(linesOf('word word word', 10, 3 * word + 2 * space)).toBe(1);
    expect(linesOf('word word word', 10, 3 * word + 2 * space - 1)).toBe(2);
    expect(linesOf('', 10, 100)).toBe(1);
    // A word longer than the line breaks across lines (overflow-wrap: anywhere).
    expect(linesOf('x'.repeat(100), 10, textWidth('x'.repeat(40), 10))).toBe(3);
  });

  it('paper is A4 wide and Letter high, less the margins', () => {
    expect(Math.round(HANDOUT.width)).toBe(703);
    expect(Math.round(HANDOUT.height)).toBe(965);
  });

  it('takes the first two sentences of a description for the introduction', () => {
    expect(firstSentences('One is here. Two, with "quotes." Three follows. Four.', 2, 'en-GB')).toBe(
      'One is here. Two, with "quotes."',
    );
    expect(firstSentences('Only one', 2, 'en-GB')).toBe('Only one');
  });
});

describe('the QR code', () => {
  it('reads back as the address it was made for', () => {
    for (const url of ['http://localhost:4321/', 'https://news.example.org/graphics/2026/decade-of-failure/']) {
      const qr = qrCode(url);
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${qr.size} ${qr.size}" width="${qr.size * 8}" height="${qr.size * 8}" shape-rendering="crispEdges"><rect width="${qr.size}" height="${qr.size}" fill="#fff"/><path d="${qr.path}"/></svg>`;
      expect(readQrSvg(svg)).toBe(url);
    }
  });

  it('refuses text that is not a URL written in ASCII', () => {
    expect(() => qrCode('https://example.org/café/')).toThrow(/ASCII/);
  });
});

describe('numbered sources for the printed reference', () => {
  it('numbers each distinct source once, in order of first citation', () => {
    const source = (publisher: string, title: string) => ({ publisher, title, url: `https://example.org/${title}` });
    const events = [
      { id: 'a', sources: [source('BBC', 'one'), source('ITV', 'two')] },
      { id: 'b', sources: [source('ITV', 'two'), source('BBC', 'three')] },
      { id: 'c', sources: [{ ...source('ITV', 'two'), publisher: 'ITV News' }] },
      // The same headline at another address (an archived copy) is a source of its own: its address is printed.
      { id: 'd', sources: [source('BBC', 'one'), { ...source('BBC', 'one'), url: 'https://archive.example/one' }] },
    ] as unknown as Parameters<typeof sourceReferences>[0];
    const refs = sourceReferences(events);
    expect(refs.sources.map((s) => s.title)).toEqual(['one', 'two', 'three', 'two', 'one']);
    expect([...refs.numbers]).toEqual([
      ['a', [1, 2]],
      ['b', [2, 3]],
      ['c', [4]],
      ['d', [1, 5]],
    ]);
  });
});

describe('the printed web address', () => {
  it('breaks only after a slash or before a dot, question mark, hash or hyphen, never inside a word', () => {
    const url = 'https://news.example.org/graphics/2026/decade-of-failure/?from=handout#top';
    const pieces = urlPieces(url);
    expect(pieces.join('')).toBe(url);
    expect(pieces).toEqual([
      'https://',
      'news',
      '.example',
      '.org/',
      'graphics/',
      '2026/',
      'decade',
      '-of',
      '-failure/',
      '?from=handout',
      '#top',
    ]);
    expect(urlPieces('http://localhost:4321/')).toEqual(['http://', 'localhost:4321/']);
  });
});

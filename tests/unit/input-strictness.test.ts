// Input read strictly: each rule refuses a file with a one-line message naming the file and the place.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateEventFile } from '../../src/build/events-file.ts';
import { validateClassroomFile } from '../../src/build/classroom-file.ts';
import { readTextFile } from '../../src/build/read-text-file.ts';
import { validateEventFileText } from '../../src/core/validate-dataset.ts';
import { isReservedId } from '../../src/core/page-ids.ts';

const fixture = readFileSync(new URL('../fixtures/valid.json', import.meta.url), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'strict-'));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** The valid fixture with a change, validated as text. */
function problems(change: (data: Record<string, any>) => void): string[] {
  const data = JSON.parse(fixture) as Record<string, any>;
  change(data);
  const result = validateEventFileText(JSON.stringify(data, null, 2), 'story.json');
  return result.ok ? [] : result.problems;
}

describe('bytes that are not UTF-8', () => {
  // "£30m" and "café" as Excel's "CSV (Comma delimited)" saves them on Windows.
  const cp1252 = Buffer.from([
    0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xa3, 0x33, 0x30, 0x6d, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x22, 0x7d,
  ]);

  it('refuses an event file saved as Windows-1252, naming the place and how to save it', () => {
    const result = validateEventFile(file('cp1252.json', cp1252));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      expect.stringMatching(
        /cp1252\.json: 1:7: not UTF-8 text .* save it as UTF-8 \(in Excel: Save As → "CSV UTF-8"\)/,
      ),
    ]);
  });
  it('names UTF-16 for what it is', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"title":"x"}', 'utf16le')]);
    const result = validateEventFile(file('utf16.json', utf16));
    expect(!result.ok && result.problems[0]).toMatch(/utf16\.json: is saved as UTF-16; save it as UTF-8/);
  });
  it('refuses a classroom file that is not UTF-8', () => {
    const result = validateClassroomFile(file('classroom.json', cp1252), new Set());
    expect(!result.ok && result.problems[0]).toMatch(/classroom\.json: 1:7: not UTF-8 text/);
  });
  it('reads a legacy encoding only when asked, and then reads it right', () => {
    expect(readTextFile(join(dir, 'cp1252.json')).ok).toBe(false);
    const read = readTextFile(join(dir, 'cp1252.json'), 'windows-1252');
    expect(read.ok && read.text).toBe('{"t":"£30m café"}');
  });
  it('accepts UTF-8 with a byte order mark, as Excel writes it', () => {
    const read = readTextFile(
      file('bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"a":"é"}')])),
    );
    expect(read.ok && read.text).toBe('{"a":"é"}');
  });
});

describe('the shape of the JSON', () => {
  it('refuses a duplicated key, with the line and column of the second', () => {
    const text = fixture.replace(
      '"summary": "Year-only date.",',
      '"summary": "Year-only date.",\n      "summary": "Another summary.",',
    );
    const result = validateEventFileText(text, 'story.json');
    expect(!result.ok && result.problems).toEqual([
      expect.stringMatching(/^story\.json:\d+:7: events\[1\]\.summary: duplicate key: only one "summary" is allowed/),
    ]);
  });
  it('refuses a huge key before the schema looks for a close field name, quoting only its start', () => {
    const text = fixture.replace('"title": "Fixture', `"${'k'.repeat(3_000_000)}": 1, "title": "Fixture`);
    const result = validateEventFileText(text, 'story.json');
    expect(!result.ok && result.problems[0]).toMatch(
      /^story\.json:3:3: a key of 3000000 characters \("k{24}…"\) is not a field name$/,
    );
  });
  it('refuses nesting deeper than any event file has', () => {
    const deep = `${'['.repeat(40)}1${']'.repeat(40)}`;
    const result = validateEventFileText(
      fixture.replace('"title": "Fixture', `"x": ${deep}, "title": "Fixture`),
      'story.json',
    );
    expect(!result.ok && result.problems[0]).toMatch(/x\[0\]\[0\].*: nested more than 32 levels deep/);
  });
  it('quotes at most a short excerpt of a bad value', () => {
    const lines = problems((d) => (d.events[0].type = 'x'.repeat(2_000_000)));
    expect(lines).toHaveLength(1);
    expect(lines[0]!.length).toBeLessThan(200);
  });
  it('caps the length of a body', () => {
    expect(problems((d) => (d.events[0].body = 'x'.repeat(20_001)))).toEqual([
      'story.json: events[0].body: must be at most 20,000 characters, got 20001 (event "later-case")',
    ]);
  });
});

describe('values the schema alone would let through', () => {
  it('refuses a language tag that Intl rejects', () => {
    expect(problems((d) => (d.language = 'en-GB-GB'))).toEqual([
      'story.json: language: "en-GB-GB" is not a language tag Intl accepts; write e.g. "en-GB" or "fr"',
    ]);
  });
  it('takes a year before 1000 for a typo, unless the file tells ancient history', () => {
    expect(problems((d) => (d.events[1].date = '0208'))).toEqual([
      'story.json: events[1].date: the year 208 is before 1000, which is almost always a typo; a file of ancient history sets "ancientDates": true (event "first-report")',
    ]);
    expect(
      problems((d) => {
        d.events[1].date = '0208';
        d.ancientDates = true;
      }),
    ).toEqual([]);
  });
  it('reads the same typo in a chapter or the focus span, where the timeline would open on it', () => {
    expect(
      problems((d) => {
        d.focus = { from: '0208', to: '2010' };
        d.chapters = [{ id: 'one', title: 'One', text: 'Text.', from: '-0043', to: '2010' }];
      }),
    ).toEqual([
      'story.json: focus.from: the year 208 is before 1000, which is almost always a typo; a file of ancient history sets "ancientDates": true',
      'story.json: chapters[0].from: "-0043" is a year before year 1 (44 BC); a file of ancient history sets "ancientDates": true (chapter "one")',
    ]);
    expect(
      problems((d) => {
        d.focus = { from: '0208', to: '2010' };
        d.chapters = [{ id: 'one', title: 'One', text: 'Text.', from: '-0043', to: '2010' }];
        d.ancientDates = true;
      }),
    ).toEqual([]);
  });
  it('reads a year before 1, written as an ISO 8601 expanded year, only in a file of ancient history', () => {
    expect(problems((d) => (d.events[1].date = '-0490'))).toEqual([
      'story.json: events[1].date: "-0490" is a year before year 1 (491 BC); a file of ancient history sets "ancientDates": true (event "first-report")',
    ]);
    expect(
      problems((d) => {
        d.events[1].date = '-0490';
        d.events[2].date = '-0043-03-15';
        d.ancientDates = true;
      }),
    ).toEqual([]);
  });
  it('names what is wrong with a year before 1 that cannot be read', () => {
    const ancient = (date: string) =>
      problems((d) => {
        d.events[1].date = date;
        d.ancientDates = true;
      });
    expect(ancient('-0000')).toEqual([
      'story.json: events[1].date: "-0000": minus zero is not a year; year 0 (1 BC) is written 0000 (event "first-report")',
    ]);
    expect(ancient('-490')).toEqual([
      'story.json: events[1].date: expected YYYY, YYYY-MM or YYYY-MM-DD, got "-490" (event "first-report")',
    ]);
    expect(ancient('-300000')).toEqual([
      'story.json: events[1].date: "-300000" is before -271820 (271,821 BC), the earliest year a date here can hold (event "first-report")',
    ]);
    expect(ancient('-0003-02-29')).toEqual([
      'story.json: events[1].date: "-0003-02-29" is not a real calendar date (event "first-report")',
    ]);
  });
  it('takes "circa" as true or false, and marks the dates of an approximate event', () => {
    expect(problems((d) => (d.events[1].circa = 'yes'))).toEqual([
      'story.json: events[1].circa: expected true or false, got "yes" (event "first-report")',
    ]);
    const data = JSON.parse(fixture) as Record<string, any>;
    data.events[0].circa = true;
    data.events[0].end = '2011';
    const result = validateEventFileText(JSON.stringify(data), 'story.json');
    expect(result.ok && result.data.events[0]!.date.circa).toBe(true);
    expect(result.ok && result.data.events[0]!.end?.circa).toBe(true);
    expect(result.ok && result.data.events[1]!.date.circa).toBeUndefined();
    // A source's date is never marked: only the event's own dates are approximate.
    expect(result.ok && result.data.events[0]!.sources[0]!.date?.circa).toBeUndefined();
  });
  it('refuses an event id that the pages use for their own elements', () => {
    expect(problems((d) => (d.events[1].id = 'timeline'))).toContain(
      'story.json: events[1].id: "timeline" is a name the pages use for their own parts (see src/core/page-ids.ts); choose another id (event "timeline")',
    );
    expect(isReservedId('year-2008')).toBe(true);
    expect(isReservedId('khyra-ishaq-dies')).toBe(false);
  });
});

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
  it('refuses an event id that the pages use for their own elements', () => {
    expect(problems((d) => (d.events[1].id = 'timeline'))).toContain(
      'story.json: events[1].id: "timeline" is a name the pages use for their own parts (see src/core/page-ids.ts); choose another id (event "timeline")',
    );
    expect(isReservedId('year-2008')).toBe(true);
    expect(isReservedId('khyra-ishaq-dies')).toBe(false);
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateClassroomFile } from '../../src/build/classroom-file.ts';
import { citation } from '../../src/core/citation.ts';
import { partialDate } from '../../src/core/partial-date.ts';
import { en } from '../../src/i18n/en.ts';

const dir = mkdtempSync(join(tmpdir(), 'classroom-'));
const write = (name: string, data: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof data === 'string' ? data : JSON.stringify(data));
  return path;
};
const valid = {
  audience: 'Ages 14+',
  overview: 'An overview.',
  glossary: [{ term: 'Ofsted', definition: 'The inspectorate.' }],
  questions: [{ text: 'Why?', events: ['a'] }],
  activity: { title: 'Sort', instructions: 'Sort them.', categories: ['Cause', 'Response'], events: ['a', 'b'] },
};
const ids = new Set(['a', 'b']);

describe('the classroom file', () => {
  it('is validated like the events, with the same friendly messages', () => {
    expect(validateClassroomFile(write('ok.json', valid), ids)).toMatchObject({ ok: true });
    const bad = { ...valid, glosary: [], questions: [{ text: 'Why?', events: [] }] };
    const result = validateClassroomFile(write('bad.json', bad), ids);
    expect(result.ok ? [] : result.problems.map((p) => p.replace(/^.*bad\.json: /, ''))).toEqual([
      'questions[0].events: link at least one event the question draws on',
      'glosary: unknown field; did you mean "glossary"?',
    ]);
  });
  it('rejects links to events that do not exist', () => {
    const result = validateClassroomFile(
      write('links.json', { ...valid, questions: [{ text: 'Why?', events: ['nope'] }] }),
      ids,
    );
    expect(result.ok ? [] : result.problems.map((p) => p.replace(/^.*links\.json: /, ''))).toEqual([
      'questions[0].events[0]: no event has the id "nope"',
    ]);
  });
  it("takes the handout's introduction and plain summaries of key moments, and refuses summaries of anything else", () => {
    const handout = (summaries: Record<string, string>) => ({
      ...valid,
      handout: { intro: 'Two. Sentences.', summaries },
    });
    expect(
      validateClassroomFile(write('handout.json', handout({ a: 'Plain words.' })), ids, new Set(['a'])),
    ).toMatchObject({ ok: true, data: { handout: { intro: 'Two. Sentences.', summaries: { a: 'Plain words.' } } } });
    const result = validateClassroomFile(
      write('summaries.json', handout({ a: 'Plain.', b: 'Not a key moment.', nope: 'No such event.' })),
      ids,
      new Set(['a']),
    );
    expect(result.ok ? [] : result.problems.map((p) => p.replace(/^.*summaries\.json: /, ''))).toEqual([
      'handout.summaries.b: the handout summarises key moments only; mark the event "highlight": true or remove this summary',
      'handout.summaries.nope: no event has the id "nope"',
    ]);
  });
  it('links a question to a chapter of the event file only if the chapter exists, and says which when not', () => {
    const chapters = new Set(['early-years']);
    const linked = { ...valid, questions: [{ text: 'Why?', events: ['a'], chapter: 'early-years' }] };
    expect(validateClassroomFile(write('chapter.json', linked), ids, ids, chapters)).toMatchObject({ ok: true });
    const wrong = { ...valid, questions: [{ text: 'Why?', events: ['a'], chapter: 'late-years' }] };
    const result = validateClassroomFile(write('no-chapter.json', wrong), ids, ids, chapters);
    expect(result.ok ? [] : result.problems.map((p) => p.replace(/^.*no-chapter\.json: /, ''))).toEqual([
      'questions[0].chapter: no chapter has the id "late-years"',
    ]);
    const malformed = { ...valid, questions: [{ text: 'Why?', events: ['a'], chapter: 'Early Years' }] };
    const bad = validateClassroomFile(write('bad-chapter.json', malformed), ids, ids, chapters);
    expect(bad.ok ? [] : bad.problems.map((p) => p.replace(/^.*bad-chapter\.json: /, ''))).toEqual([
      expect.stringMatching(/^questions\[0\]\.chapter: /),
    ]);
  });
  it('reports malformed JSON with its position', () => {
    const result = validateClassroomFile(write('broken.json', '{\n  "audience": "x"\n  "overview": "y"\n}'), ids);
    expect(result.ok ? [] : result.problems[0]).toMatch(/broken\.json:3:3: expected ","/);
  });
});

describe('citation', () => {
  it('names the work, the site, the address and the date', () => {
    expect(
      citation({
        siteTitle: 'A decade of failure',
        title: 'Khyra Ishaq, 7, dies',
        url: 'https://example.org/events/khyra/',
        updated: partialDate('2026-11-30'),
        language: 'en-GB',
        t: en,
      }),
    ).toBe(
      '“Khyra Ishaq, 7, dies”, in A decade of failure. https://example.org/events/khyra/. Last updated 30 November 2026.',
    );
  });
});

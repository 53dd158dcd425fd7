// A fixture event file per language, each built as a newsroom would build its own edition, then read as a reader
// would: no English interface word may be left on the pages a reader sees first.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, loadPage, projectRoot, type BuildRun } from './build-helpers.ts';
import { en } from '../../src/i18n/en.ts';
import { TRANSLATIONS, chooseStrings } from '../../src/i18n/ui-strings.ts';
import type { TimelinePayload } from '../../src/core/timeline-payload.ts';

const LANGUAGES = ['cy', 'fr', 'es', 'de', 'ar'] as const;
const fixture = (name: string) => join(projectRoot, `tests/fixtures/languages/${name}.json`);
const runs = new Map<string, BuildRun>();

beforeAll(() => {
  for (const name of [...LANGUAGES, 'en-US']) {
    const run = buildSite(fixture(name), `lang-${name}`);
    if (run.status !== 0) throw new Error(`${name} build failed:\n${run.stderr}\n${run.stdout}`);
    runs.set(name, run);
  }
});

/** The words of a text, as a reader would pick them out, lowercased; addresses and file names are not words. */
const wordsOf = (text: string) =>
  (
    text
      .replace(/\S*[/.]\S*[/.]\S*|\S+\/\S*/g, ' ')
      .toLowerCase()
      .match(/\p{L}[\p{L}’']*/gu) ?? []
  ).filter((w) => w.length >= 3);

/** Every word of every English interface string, placeholders left out. */
function englishWords(): Set<string> {
  const words = new Set<string>();
  const walk = (value: unknown) => {
    if (typeof value === 'string') for (const w of wordsOf(value.replace(/\{\w+\}/g, ' '))) words.add(w);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(en);
  return words;
}

/** The strings in a JSON value, at any depth. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

/** All the text a reader can meet on a page: what it shows, what it says to screen readers, and what its scripts will write. */
function readerText($: CheerioAPI): string {
  const json = $('script[type="application/json"]')
    .map((_, el) => stringsIn(JSON.parse($(el).text())).join(' '))
    .get();
  // (og:type is a keyword for machines, "website" or "article", not text.)
  const attributes = $(
    '[aria-label], [aria-roledescription], [title], [alt], [placeholder], meta[name="description"], meta[property^="og:"]:not([property="og:type"])',
  )
    .map((_, el) =>
      ['aria-label', 'aria-roledescription', 'title', 'alt', 'placeholder', 'content']
        .map((name) => $(el).attr(name) ?? '')
        .join(' '),
    )
    .get();
  const copy = $.root().clone();
  copy.find('script, style').remove();
  return [$('title').text(), copy.find('body').text(), ...attributes, ...json].join(' ');
}

describe.each(LANGUAGES)('the %s edition', (name) => {
  const read = (path: string) => loadPage(runs.get(name)!.outDir, path);
  const strings = TRANSLATIONS[chooseStrings(name).used]!;
  const data = readFileSync(fixture(name), 'utf8');
  // What may look English and still be right: words the translation uses itself (Total, Sources, JSON, Ctrl) and
  // the story's own text and names, which are the newsroom's.
  // (Values only: the file's keys, "events", "title", "sources", are not text anyone reads.)
  // And the language's own month names as Intl writes them (Spanish "may" is May).
  const months = Array.from({ length: 12 }, (_, m) =>
    (['long', 'short'] as const).map((month) =>
      new Intl.DateTimeFormat(name, { month, timeZone: 'UTC' }).format(Date.UTC(2000, m, 15)),
    ),
  ).flat();
  const allowed = new Set(wordsOf([...stringsIn(strings), ...stringsIn(JSON.parse(data)), ...months].join(' ')));
  const forbidden = [...englishWords()].filter((w) => !allowed.has(w));

  it.each([
    '/',
    '/events/child-dies/',
    '/events/first-inspection/',
    '/events/audit-report/',
    '/embed/',
    '/classroom/',
    '/handout/',
    '/print/',
    '/about/',
    '/present/',
    '/404.html',
  ])('leaves no English interface word on %s', (path) => {
    const words = new Set(wordsOf(readerText(read(path))));
    expect(forbidden.filter((w) => words.has(w))).toEqual([]);
  });

  it('has the chapters, the story views and how long it took on those pages, so their words are checked too', () => {
    const $ = read('/');
    expect($('[data-story] .chapter').length).toBeGreaterThanOrEqual(2);
    expect($('[data-view-switch] a')).toHaveLength(3);
    expect($('[data-gaps-list] .gaps-step').length).toBeGreaterThanOrEqual(4);
    expect($('[data-aligned-rows] .aligned-row').length).toBeGreaterThanOrEqual(1);
    expect($('[data-rating-time]')).toHaveLength(1);
    expect(read('/about/')('[data-rating-time]')).toHaveLength(1);
    expect(read('/events/first-inspection/')('.how-long .how-long-list li').length).toBeGreaterThanOrEqual(1);
    expect(read('/present/')('.slide--chapter').length).toBeGreaterThanOrEqual(2);
    expect($('#embed-chapter option').length).toBeGreaterThanOrEqual(3);
    // A picture with its credit, licence and a link to the original; a circa date in the language's words.
    const photo = read('/events/audit-report/');
    expect(photo('figure.media .media-credit')).toHaveLength(1);
    expect(photo('figure.media .media-licence')).toHaveLength(1);
    const circa = strings.circa.replace('{date}', '').trim();
    expect($('li[data-event-id="audit-report"] .event-date').text()).toContain(circa);
  });

  it('sends the browser its strings in the language too (timeline.json)', () => {
    const payload = JSON.parse(readFileSync(join(runs.get(name)!.outDir, 'timeline.json'), 'utf8')) as TimelinePayload;
    const words = new Set(wordsOf(stringsIn(payload.strings).join(' ') + payload.events.map((e) => e.when).join(' ')));
    expect(forbidden.filter((w) => words.has(w))).toEqual([]);
  });

  it('writes the offline ZIP’s README in the language too', () => {
    const zip = unzipSync(new Uint8Array(readFileSync(join(runs.get(name)!.outDir, 'offline.zip'))));
    const words = new Set(wordsOf(strFromU8(zip['timeline/README.txt']!)));
    expect(words.size).toBeGreaterThan(10);
    expect(forbidden.filter((w) => words.has(w))).toEqual([]);
  });

  it('writes the language and its direction on <html>, and links to the other edition with hreflang', () => {
    const $ = read('/');
    const story = JSON.parse(data) as { language: string; alternates: { language: string; url: string }[] };
    expect($('html').attr('lang')).toBe(story.language);
    expect($('html').attr('dir')).toBe(name === 'ar' ? 'rtl' : 'ltr');
    const links = $('link[rel="alternate"][hreflang]')
      .map((_, el) => [[$(el).attr('hreflang'), $(el).attr('href')]])
      .get();
    expect(links).toEqual([
      [story.language, 'http://localhost:4321/'],
      [story.alternates[0]!.language, story.alternates[0]!.url],
    ]);
    expect(read('/about/')('link[hreflang]').last().attr('href')).toBe(`${story.alternates[0]!.url}about/`);
    // An event page has no sure counterpart: the other file's events may differ.
    expect(read('/events/child-dies/')('link[hreflang]')).toHaveLength(0);
  });
});

describe('the en-US edition', () => {
  it('spells the American way where British differs', () => {
    const $ = loadPage(runs.get('en-US')!.outDir, '/');
    const text = readerText($);
    expect(text).toContain('Colors');
    expect(text).not.toContain('Colours');
    expect($('html').attr('lang')).toBe('en-US');
    // Dates the American way too, from Intl.
    expect($('li[data-event-id="first-inspection"] .event-date').text()).toBe('May 17, 2008');
  });
});

describe('a language with no translation', () => {
  it('builds in English and says so, naming the language and the translations there are', () => {
    const story = JSON.parse(readFileSync(fixture('fr'), 'utf8')) as Record<string, unknown>;
    mkdirSync(join(projectRoot, 'tests/.tmp'), { recursive: true });
    const file = join(projectRoot, 'tests/.tmp/lang-pt.json');
    // The fixture's picture, beside the copy as beside the original.
    cpSync(join(projectRoot, 'tests/fixtures/languages/media'), join(projectRoot, 'tests/.tmp/media'), {
      recursive: true,
    });
    writeFileSync(file, JSON.stringify({ ...story, language: 'pt-BR', alternates: undefined }));
    const run = buildSite(file, 'lang-pt');
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('No interface translation for language "pt-BR"');
    expect(run.stderr).toContain('en, en-US, cy, fr, es, de, ar');
    const $ = loadPage(run.outDir, '/');
    expect($('html').attr('lang')).toBe('pt-BR');
    expect($('.skip-link').text()).toBe(en.skipToContent);
  });
});

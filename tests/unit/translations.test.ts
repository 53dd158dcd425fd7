import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import {
  TRANSLATIONS,
  chooseStrings,
  directionOf,
  missingTranslationWarning,
  uiStrings,
} from '../../src/i18n/ui-strings.ts';
import { formatMessage, placeholdersOf, type Message, type PluralForms } from '../../src/core/messages.ts';

type Tree = Message | Record<string, string>;
const isPlural = (value: unknown): value is PluralForms =>
  typeof value === 'object' && value !== null && 'other' in value;
const sorted = (set: Set<string>) => [...set].sort();

/** Every message of a translation by path ("types.report", "eventsCount"), plural forms kept together. */
function messages(strings: Record<string, Tree>): Map<string, Message> {
  const out = new Map<string, Message>();
  for (const [key, value] of Object.entries(strings)) {
    if (typeof value === 'string' || isPlural(value)) out.set(key, value);
    else for (const [sub, text] of Object.entries(value)) out.set(`${key}.${sub}`, text);
  }
  return out;
}

const english = messages(en);
const languages = Object.keys(TRANSLATIONS).filter((tag) => tag !== 'en');

describe.each(languages)('the %s translation', (tag) => {
  const strings = messages(TRANSLATIONS[tag] as unknown as Record<string, Tree>);

  it('has every key English has, and no other', () => {
    expect([...strings.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('gives each message the same kind (text or plural forms) and the same placeholders as English', () => {
    const differ: string[] = [];
    for (const [key, message] of english) {
      const translated = strings.get(key)!;
      if (isPlural(message) !== isPlural(translated)) differ.push(`${key}: plural forms in one language only`);
      const want = sorted(placeholdersOf(message));
      const got = sorted(placeholdersOf(translated));
      if (want.join() !== got.join()) differ.push(`${key}: {${got.join('}, {')}} instead of {${want.join('}, {')}}`);
    }
    expect(differ).toEqual([]);
  });

  it('writes every plural form its language has (Intl.PluralRules), and none it does not', () => {
    const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories.slice().sort();
    const wrong: string[] = [];
    for (const [key, message] of strings) {
      if (!isPlural(message)) continue;
      const forms = Object.keys(message).sort();
      if (forms.join() !== categories.join()) wrong.push(`${key}: ${forms.join(',')} (wanted ${categories.join(',')})`);
    }
    expect(wrong).toEqual([]);
  });

  it('leaves no message empty and, where it is more than a name, none in English', () => {
    const problems: string[] = [];
    for (const [key, message] of strings) {
      const texts = typeof message === 'string' ? [message] : Object.values(message);
      if (texts.some((text) => !text.trim())) problems.push(`${key}: empty`);
      const source = english.get(key)!;
      const words =
        (typeof source === 'string' ? source : source.other).match(/(?<!\{)\b\p{L}{2,}\b(?!\})/gu)?.length ?? 0;
      if (!tag.startsWith('en') && words >= 3 && JSON.stringify(message) === JSON.stringify(source))
        problems.push(`${key}: still English`);
    }
    expect(problems).toEqual([]);
  });

  it('says in its header that a native speaker should review it before publication', () => {
    const file = tag === 'en-US' ? 'en-us' : tag;
    const header = readFileSync(new URL(`../../src/i18n/${file}.ts`, import.meta.url), 'utf8').split('export')[0]!;
    expect(header.replace(/\s*\*?\s+/g, ' ')).toContain('reviewed by a native speaker before publication');
  });
});

describe('choosing the interface language', () => {
  it('follows BCP 47 lookup: the region if it has its own strings, else the language, else English', () => {
    expect(chooseStrings('fr-CA')).toEqual({ used: 'fr' });
    expect(chooseStrings('fr')).toEqual({ used: 'fr' });
    expect(chooseStrings('en-GB')).toEqual({ used: 'en' });
    expect(chooseStrings('en-US')).toEqual({ used: 'en-US' });
    expect(chooseStrings('en-us')).toEqual({ used: 'en-US' });
    expect(chooseStrings('cy-GB')).toEqual({ used: 'cy' });
    expect(chooseStrings('ar-JO')).toEqual({ used: 'ar' });
    expect(chooseStrings('es-419')).toEqual({ used: 'es' });
    expect(chooseStrings('de-CH')).toEqual({ used: 'de' });
    expect(chooseStrings('ja-JP')).toEqual({ used: 'en', missing: 'ja-JP' });
    expect(uiStrings('fr-CA').navAbout).toBe('À propos');
    expect(uiStrings('ja-JP').navAbout).toBe('About');
  });

  it('warns, when a language has no translation, naming it and the translations there are', () => {
    expect(missingTranslationWarning(chooseStrings('fr-CA'))).toBeUndefined();
    const warning = missingTranslationWarning(chooseStrings('pt-BR'))!;
    expect(warning).toContain('"pt-BR"');
    expect(warning).toContain('in English');
    for (const tag of Object.keys(TRANSLATIONS)) expect(warning).toContain(tag);
  });

  it('uses American spelling for en-US only where British differs', () => {
    expect(uiStrings('en-US').embedTheme).toBe('Colors');
    expect(uiStrings('en-GB').embedTheme).toBe('Colours');
    expect(uiStrings('en-US').navAbout).toBe(en.navAbout);
  });

  it('reads the direction from the language: right to left for Arabic, Hebrew, Persian and Urdu', () => {
    for (const tag of ['ar', 'ar-JO', 'he', 'fa-IR', 'ur']) expect(directionOf(tag)).toBe('rtl');
    for (const tag of ['en-GB', 'cy', 'fr-CA', 'de', 'es', 'ja', 'az']) expect(directionOf(tag)).toBe('ltr');
    expect(directionOf('az-Arab')).toBe('rtl');
  });
});

describe('plural forms that read correctly', () => {
  const counts = [0, 1, 2, 5, 11, 100];
  const say = (tag: string) => counts.map((count) => formatMessage(TRANSLATIONS[tag]!.eventsCount, { count }, tag));

  it('in Arabic: zero, one and two in words, then 3–10 with the plural, 11–99 and 100 with the singular', () => {
    expect(say('ar')).toEqual(['لا أحداث', 'حدث واحد', 'حدثان', '5 أحداث', '11 حدثًا', '100 حدث']);
    // Arabic-Indic digits where the region writes them; the forms follow the number all the same.
    expect(formatMessage(TRANSLATIONS.ar!.eventsCount, { count: 11 }, 'ar-JO')).toBe('١١ حدثًا');
    expect(formatMessage(TRANSLATIONS.ar!.sourcesCount, { count: 2 }, 'ar')).toBe('مصدرين منشورين');
    expect(formatMessage(TRANSLATIONS.ar!.sourcesCount, { count: 103 }, 'ar')).toBe('103 مصادر منشورة');
  });

  it('in Welsh: the singular noun after a number, soft-mutated after two', () => {
    expect(say('cy')).toEqual([
      'Dim digwyddiadau',
      '1 digwyddiad',
      '2 ddigwyddiad',
      '5 digwyddiad',
      '11 digwyddiad',
      '100 digwyddiad',
    ]);
    expect(formatMessage(TRANSLATIONS.cy!.eventsCount, { count: 3 }, 'cy')).toBe('3 digwyddiad');
    expect(formatMessage(TRANSLATIONS.cy!.eventsCount, { count: 6 }, 'cy')).toBe('6 digwyddiad');
  });

  it('in French, 0 and 1 take the singular and millions take "de"', () => {
    const fr = TRANSLATIONS.fr!.eventsCount;
    expect([0, 1, 2].map((count) => formatMessage(fr, { count }, 'fr'))).toEqual([
      '0 événement',
      '1 événement',
      '2 événements',
    ]);
    expect(formatMessage(fr, { count: 1_000_000 }, 'fr')).toMatch(/^1\s000\s000 d’événements$/);
  });
});

import { en, type UiStrings } from './en.ts';
import { enUS } from './en-us.ts';
import { cy } from './cy.ts';
import { fr } from './fr.ts';
import { es } from './es.ts';
import { de } from './de.ts';
import { ar } from './ar.ts';

/**
 * Interface strings by BCP 47 tag, most specific first: a language ("fr") and, where spelling differs, a region of
 * it ("en-US"). Add a language by adding a module shaped like `en` (see README, "Translating").
 */
export const TRANSLATIONS: Readonly<Record<string, UiStrings>> = { en, 'en-US': enUS, cy, fr, es, de, ar };

/** The scripts written right to left, by the ISO 15924 code Intl.Locale's maximize() gives a language. */
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr']);

/** Which translation serves a language tag, and what is missing when none does. */
export interface StringsChoice {
  /** The tag of the translation used ("fr" for "fr-CA"; "en" when there is none). */
  used: string;
  /** Set when the tag's language has no translation: the site's interface falls back to English. */
  missing?: string;
}

/**
 * Picks the translation for a tag by BCP 47 lookup (RFC 4647): "fr-CA" tries "fr-CA", then "fr"; "en-US" finds the
 * American variant, "en-GB" and "en" the British; a language with none falls back to English and says so.
 */
export function chooseStrings(language: string): StringsChoice {
  let tag: string;
  try {
    tag = Intl.getCanonicalLocales(language)[0] ?? 'en';
  } catch {
    tag = 'en';
  }
  const byLower = new Map(Object.keys(TRANSLATIONS).map((key) => [key.toLowerCase(), key]));
  const subtags = tag.split('-');
  for (let n = subtags.length; n > 0; n--) {
    const found = byLower.get(subtags.slice(0, n).join('-').toLowerCase());
    if (found) return { used: found };
  }
  return { used: 'en', missing: tag };
}

/** The writing direction of a language tag: "rtl" for Arabic, Hebrew, Persian, Urdu…, else "ltr". */
export function directionOf(language: string): 'ltr' | 'rtl' {
  try {
    const locale = new Intl.Locale(language);
    // getTextInfo() where the engine has it (Chrome, Node 22 has textInfo); the maximized script otherwise.
    const info = (locale as Intl.Locale & { textInfo?: { direction?: string } }).textInfo;
    if (info?.direction === 'rtl' || info?.direction === 'ltr') return info.direction;
    return RTL_SCRIPTS.has(locale.maximize().script ?? '') ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

/** The warning a build prints when the event file's language has no translation (English is used instead). */
export function missingTranslationWarning(choice: StringsChoice): string | undefined {
  if (!choice.missing) return undefined;
  return `No interface translation for language "${choice.missing}": the site's interface text will be in English. Translations exist for ${Object.keys(TRANSLATIONS).join(', ')}; add src/i18n/<language>.ts to translate it (see README, "Translating").`;
}

/** What the story's own file says about itself, filled into the interface text wherever it asks. */
export interface StoryWords {
  /** What sensitive events concern ("the death or abuse of a child"); fills `{topic}`. */
  topic?: string | undefined;
}

/** The strings for a language tag such as "en-GB" or "fr-CA"; English when that language has no translation yet. */
export function uiStrings(language: string, story: StoryWords = {}): UiStrings {
  const strings = TRANSLATIONS[chooseStrings(language).used] ?? en;
  return bindStory(strings, { topic: story.topic ?? strings.sensitiveTopic });
}

/** Fills the story's own words into every message that asks for them, keeping the other placeholders. */
function bindStory<T>(value: T, words: Record<string, string>): T {
  if (typeof value === 'string') {
    return value.replace(/\{(\w+)\}/g, (whole, name: string) => words[name] ?? whole) as T;
  }
  if (Array.isArray(value)) return value.map((item: unknown) => bindStory(item, words)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, bindStory(item, words)])) as T;
  }
  return value;
}

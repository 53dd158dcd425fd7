import { en, type UiStrings } from './en.ts';

/** Interface strings by primary language subtag. Add a language by adding a module shaped like `en`. */
const byLanguage: Record<string, UiStrings> = { en };

/** The strings for a language tag such as "en-GB"; English when that language has no translation yet. */
export function uiStrings(language: string): UiStrings {
  const primary = language.toLowerCase().split('-')[0] ?? 'en';
  return byLanguage[primary] ?? en;
}

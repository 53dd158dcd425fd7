// Interface text with values in it, one convention everywhere (pages at build time, the browser, the CLIs' site
// output): named placeholders in braces, and plural forms chosen by Intl.PluralRules from the `count` value.
// Languages differ in how many forms they need (English 2, Welsh and Arabic 6), so the forms are data, not code.

/** Plural forms by CLDR category; `other` is always required. */
export type PluralForms = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/** A string with `{name}` placeholders, or plural forms selected by the number in `{count}`. */
export type Message = string | PluralForms;

export type MessageValues = Record<string, string | number>;

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function cached<T>(map: Map<string, T>, language: string, make: () => T): T {
  let value = map.get(language);
  if (!value) map.set(language, (value = make()));
  return value;
}

/** The plural form for a count: `zero`, `one`, `two`, `few`, `many` or `other`, as the language's rules say. */
export function pluralCategory(count: number, language: string): Intl.LDMLPluralRule {
  return cached(pluralRules, language, () => new Intl.PluralRules(language)).select(count);
}

/**
 * Fills a message. Numbers are written the language's way ("10,000" in English, "10 000" in French); pass years and
 * other numbers that must not be grouped as strings.
 */
export function formatMessage(message: Message, values: MessageValues = {}, language = 'en'): string {
  let template: string;
  if (typeof message === 'string') {
    template = message;
  } else {
    const count = values.count;
    const category = typeof count === 'number' ? pluralCategory(count, language) : 'other';
    template = message[category] ?? message.other;
  }
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number'
      ? cached(numberFormats, language, () => new Intl.NumberFormat(language)).format(value)
      : value;
  });
}

/** The placeholder names a message uses, in any of its forms (translations must use the same ones). */
export function placeholdersOf(message: Message): Set<string> {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  return new Set(texts.flatMap((text) => [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)));
}

// Lists in the language's own words ("A, B and C", "A, B et C"), from Intl.ListFormat, with one repair: CLDR writes
// the Welsh "and" as "a(c)", leaving the choice to the reader ("ac" before a vowel, "a" elsewhere). A page cannot
// show that, so the choice is made here from the word that follows.

const formats = new Map<string, Intl.ListFormat>();

/** Welsh vowels, "w" and "y" included (they are vowels in Welsh), with their circumflexed and accented forms. */
const WELSH_VOWEL = /^[aeiouwyâêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ]/iu;

/**
 * Whether a Welsh word or numeral begins with a vowel sound. A numeral is read in the decimal system: 1 "un",
 * 8 "wyth", 11–19 "un deg …", 80–89 "wyth deg …", 800–899 "wyth cant …" do; 10 "deg", 100 "cant", 1000 "mil" do not.
 */
export function welshVowelStart(text: string): boolean {
  const number = /^\d[\d\s.,\u00a0\u202f]*/u.exec(text);
  if (!number) return WELSH_VOWEL.test(text);
  const n = Number(number[0].replace(/\D/g, ''));
  if (n === 1 || n === 8 || (n >= 11 && n <= 19) || (n >= 80 && n <= 89) || (n >= 800 && n <= 899)) return true;
  if (n >= 8000 && n <= 8999) return true;
  return false;
}

/** "A, B and C" in the language's words (Intl.ListFormat, conjunction, long). */
export function formatList(items: readonly string[], language: string): string {
  let format = formats.get(language);
  if (!format) formats.set(language, (format = new Intl.ListFormat(language, { style: 'long', type: 'conjunction' })));
  const parts = format.formatToParts(items);
  return parts
    .map((part, i) => {
      if (part.type !== 'literal' || !part.value.includes('a(c)')) return part.value;
      const following = parts[i + 1]?.value ?? '';
      return part.value.replace('a(c)', welshVowelStart(following) ? 'ac' : 'a');
    })
    .join('');
}

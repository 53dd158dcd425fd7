// Estimated widths of short labels, for laying out the overview's text at build time (no DOM there). The advance
// widths are DejaVu Sans's, in hundredths of an em, for the printable ASCII characters: the widest of the common
// system sans-serifs (Segoe UI, San Francisco, Roboto and Arial are all narrower), so an estimate errs on the wide side
// and a label laid out with it does not run into its neighbour on any reader's system font.
const REGULAR = [
  32, 40, 46, 84, 64, 95, 78, 27, 39, 39, 50, 84, 32, 36, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 34, 34, 84,
  84, 84, 53, 100, 68, 69, 70, 77, 63, 58, 77, 75, 29, 29, 66, 56, 86, 75, 79, 60, 79, 69, 63, 61, 73, 68, 99, 69, 61,
  69, 39, 34, 39, 84, 50, 50, 61, 63, 55, 63, 62, 35, 63, 63, 28, 28, 58, 28, 97, 63, 61, 63, 63, 41, 52, 39, 63, 59,
  82, 59, 59, 52, 64, 34, 64, 84,
];
const BOLD = [
  35, 46, 52, 84, 70, 100, 87, 31, 46, 46, 52, 84, 38, 42, 38, 37, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 40, 40, 84,
  84, 84, 58, 100, 77, 76, 73, 83, 68, 68, 82, 84, 37, 37, 77, 64, 100, 84, 85, 73, 85, 77, 72, 68, 81, 77, 110, 77, 72,
  73, 46, 37, 46, 84, 50, 50, 67, 72, 59, 72, 68, 44, 72, 71, 34, 34, 67, 34, 104, 71, 69, 72, 72, 49, 60, 48, 71, 65,
  92, 65, 65, 58, 71, 37, 71, 84,
];
// Typographic quotes and dashes are narrow; accented letters are as wide as their base; anything else is taken as
// wide as an em-dash's half plus a margin, which covers Latin, Greek and Cyrillic letters.
const OTHER: Record<string, number> = { '‘': 32, '’': 32, '“': 50, '”': 50, '–': 50, '—': 100, '…': 100, '£': 64 };
const FALLBACK = 72;

/** The width in px of `text` set in a sans-serif at `size` px, estimated on the wide side. */
export function textWidth(text: string, size: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let hundredths = 0;
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0)!;
    const base = char.normalize('NFD').codePointAt(0)!;
    if (code >= 32 && code < 127) hundredths += table[code - 32]!;
    else if (OTHER[char] !== undefined) hundredths += OTHER[char] + (bold ? 6 : 0);
    else if (base >= 32 && base < 127) hundredths += table[base - 32]!;
    else hundredths += FALLBACK + (bold ? 8 : 0);
  }
  return Math.ceil((hundredths * size) / 100);
}

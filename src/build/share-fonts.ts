import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Inter, and IBM Plex Sans Arabic for Arabic script, from @fontsource, read from the project's node_modules: the image
// never depends on the fonts a machine has, and the fonts are used at build time only. Latin, Latin Extended (Ł, ř,
// Ğ, ő…) and Arabic are drawn; text in other scripts is not, and its card falls back. (Noto Sans Arabic was tried
// first: satori left off the dots it draws as separate marks, so ة came out as ه.)
const FONTS = [
  { package: 'inter', subset: 'latin', name: 'Inter' },
  { package: 'inter', subset: 'latin-ext', name: 'Inter latin-ext' },
  { package: 'ibm-plex-sans-arabic', subset: 'arabic', name: 'IBM Plex Sans Arabic' },
] as const;
const WEIGHTS = [400, 700] as const;

/** The font-family list for satori: it takes each letter from the first font that has it. */
export const SHARE_FONT_FAMILY = FONTS.map((font) => font.name).join(', ');

const folder = (name: string) =>
  join(process.env.TIMELINE_PROJECT_ROOT ?? process.cwd(), 'node_modules/@fontsource', name);

export interface ShareFont {
  name: string;
  data: Buffer;
  weight: (typeof WEIGHTS)[number];
  style: 'normal';
}

let fonts: ShareFont[] | undefined;

/**
 * The fonts for satori. Each subset gets a name of its own: satori then takes a glyph missing from the first
 * (Latin) from the next (Latin Extended); under one shared name it draws a "NO GLYPH" box instead.
 */
export function shareFonts(): ShareFont[] {
  fonts ??= FONTS.flatMap((font) =>
    WEIGHTS.map((weight) => ({
      name: font.name,
      data: readFileSync(join(folder(font.package), `files/${font.package}-${font.subset}-${weight}-normal.woff`)),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

let ranges: [number, number][] | undefined;

/** The code points the subsets cover, from @fontsource's own unicode-range declarations. */
function coveredRanges(): [number, number][] {
  if (ranges) return ranges;
  ranges = FONTS.flatMap((font) => {
    const css = readFileSync(join(folder(font.package), '400.css'), 'utf8');
    const block = new RegExp(`/\\* ${font.package}-${font.subset}-400-normal \\*/[^}]*unicode-range:([^;]+);`).exec(
      css,
    );
    if (!block) throw new Error(`@fontsource/${font.package}/400.css: no unicode-range for ${font.subset}`);
    return block[1]!.split(',').map((range): [number, number] => {
      const [from, to = from] = range.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from!, 16), parseInt(to!, 16)];
    });
  });
  return ranges;
}

/** Whether every character of the text has a glyph in the share images' fonts. */
export function canDraw(text: string): boolean {
  const covered = coveredRanges();
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (!covered.some(([from, to]) => code >= from && code <= to)) return false;
  }
  return true;
}

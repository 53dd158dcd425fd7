import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Inter from @fontsource, read from the project's node_modules: the image never depends on the fonts a machine has.
// Latin and Latin Extended (Ł, ř, Ğ, ő…) are drawn; text in other scripts is not, and its card falls back.
const SUBSETS = ['latin', 'latin-ext'] as const;
const WEIGHTS = [400, 700] as const;

const interFolder = () => join(process.env.TIMELINE_PROJECT_ROOT ?? process.cwd(), 'node_modules/@fontsource/inter');

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
  fonts ??= SUBSETS.flatMap((subset) =>
    WEIGHTS.map((weight) => ({
      name: subset === 'latin' ? 'Inter' : `Inter ${subset}`,
      data: readFileSync(join(interFolder(), `files/inter-${subset}-${weight}-normal.woff`)),
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
  const css = readFileSync(join(interFolder(), '400.css'), 'utf8');
  ranges = SUBSETS.flatMap((subset) => {
    const block = new RegExp(`/\\* inter-${subset}-400-normal \\*/[^}]*unicode-range:([^;]+);`).exec(css);
    if (!block) throw new Error(`@fontsource/inter/400.css: no unicode-range for ${subset}`);
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

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

export interface ShareCard {
  siteTitle: string;
  title: string;
  /** "17 May 2008 · Case", or the site's description. */
  kicker: string;
  /** The type's colour, for the accent bar. */
  accent: string;
  /** The story's writing direction: an Arabic card starts at the right, as its readers read. */
  dir?: 'ltr' | 'rtl';
}

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

/**
 * Inter, and IBM Plex Sans Arabic for Arabic script (satori takes each letter from the first font that has it), from
 * @fontsource in the project's node_modules: the image never depends on the fonts a machine has. Build time only;
 * the pages themselves use the reader's fonts. (Noto Sans Arabic was tried first: satori left off the dots it draws
 * as separate marks, so ة came out as ه.)
 */
function loadFonts() {
  const root = process.env.TIMELINE_PROJECT_ROOT ?? process.cwd();
  const file = (pkg: string, name: string) => readFileSync(join(root, `node_modules/@fontsource/${pkg}/files/${name}`));
  fonts ??= ([400, 700] as const).flatMap((weight) => [
    { name: 'Inter', data: file('inter', `inter-latin-${weight}-normal.woff`), weight, style: 'normal' as const },
    {
      name: 'IBM Plex Sans Arabic',
      data: file('ibm-plex-sans-arabic', `ibm-plex-sans-arabic-arabic-${weight}-normal.woff`),
      weight,
      style: 'normal' as const,
    },
  ]);
  return fonts;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string } };
const h = (type: string, style: Record<string, unknown>, ...children: (Node | string)[]): Node => ({
  type,
  props: { style, children },
});

/** A 1200×630 card for social media as SVG, drawn from the data at build time (satori lays out text). Text is never parsed as markup. */
export async function shareImageSvg(card: ShareCard): Promise<string> {
  const title = card.title.length > 120 ? `${card.title.slice(0, 117)}…` : card.title;
  const tree = h(
    'div',
    {
      width: SHARE_IMAGE.width,
      height: SHARE_IMAGE.height,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      background: '#12161b',
      color: '#e8ebef',
      paddingTop: 64,
      paddingBottom: 64,
      paddingLeft: 72,
      paddingRight: 72,
      fontFamily: 'Inter, IBM Plex Sans Arabic',
      direction: card.dir ?? 'ltr',
    },
    h('div', { display: 'flex', fontSize: 30, color: '#aab4bf' }, card.siteTitle),
    h(
      'div',
      { display: 'flex', flexDirection: 'column' },
      h('div', { display: 'flex', width: 120, height: 10, background: card.accent, marginBottom: 28 }),
      h('div', { display: 'flex', fontSize: title.length > 70 ? 54 : 66, fontWeight: 700, lineHeight: 1.15 }, title),
    ),
    h('div', { display: 'flex', fontSize: 30, color: '#e8ebef' }, card.kicker),
  );
  return satori(tree as never, { ...SHARE_IMAGE, fonts: loadFonts() });
}

/** The card as a PNG (resvg rasterises). */
export async function renderShareImage(card: ShareCard): Promise<Buffer> {
  const svg = await shareImageSvg(card);
  return new Resvg(svg, { fitTo: { mode: 'width', value: SHARE_IMAGE.width } }).render().asPng();
}

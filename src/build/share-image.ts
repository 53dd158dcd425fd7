import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { SHARE_FONT_FAMILY, shareFonts } from './share-fonts.ts';

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
      fontFamily: SHARE_FONT_FAMILY,
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
  return satori(tree, { ...SHARE_IMAGE, fonts: shareFonts() });
}

/** The card as a PNG (resvg rasterises). */
export async function renderShareImage(card: ShareCard): Promise<Buffer> {
  const svg = await shareImageSvg(card);
  return new Resvg(svg, { fitTo: { mode: 'width', value: SHARE_IMAGE.width } }).render().asPng();
}

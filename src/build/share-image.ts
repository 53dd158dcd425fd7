import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { shareFonts } from './share-fonts.ts';

export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

export interface ShareCard {
  siteTitle: string;
  title: string;
  /** "17 May 2008 · Case", or the site's description. */
  kicker: string;
  /** The type's colour, for the accent bar. */
  accent: string;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string } };
const h = (type: string, style: Record<string, unknown>, ...children: (Node | string)[]): Node => ({
  type,
  props: { style, children },
});

/** A 1200×630 PNG for social cards, drawn from the data at build time (satori lays out text, resvg rasterises). Text is never parsed as markup. */
export async function renderShareImage(card: ShareCard): Promise<Buffer> {
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
      fontFamily: 'Inter',
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
  const svg = await satori(tree, { ...SHARE_IMAGE, fonts: shareFonts() });
  return new Resvg(svg, { fitTo: { mode: 'width', value: SHARE_IMAGE.width } }).render().asPng();
}

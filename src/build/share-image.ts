import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
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
  /** The event's picture, cropped to fill the card under the words, and its credit as shown ("Credit: …"). */
  picture?: { file: string; credit: string };
}

/** A card over a photograph is a JPEG (a tenth of the size of the same card as PNG); one of words alone, a PNG. */
export function shareImageFormat(card: Pick<ShareCard, 'picture'>): 'jpg' | 'png' {
  return card.picture ? 'jpg' : 'png';
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string } };
const h = (type: string, style: Record<string, unknown>, ...children: (Node | string)[]): Node => ({
  type,
  props: { style, children },
});

/** The words-only card as SVG (satori lays out text), on the site's dark ground. Text is never parsed as markup. */
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

/**
 * A 1200×630 image for social cards, drawn from the data at build time (satori lays out text, resvg rasterises). With
 * a picture: the picture cropped to fill the card (sharp's attention crop keeps the busiest part, a face or a
 * document's title), darkened under the words, the credit in a corner; a JPEG. Without: a PNG of words on the site's
 * dark ground. An Arabic card starts at the right either way.
 */
export async function renderShareImage(card: ShareCard): Promise<Buffer> {
  if (card.picture) return renderPictureCard(card, card.picture);
  const svg = await shareImageSvg(card);
  return new Resvg(svg, { fitTo: { mode: 'width', value: SHARE_IMAGE.width } }).render().asPng();
}

/** The words of a card over a picture, on a transparent ground with shades where they sit, as a PNG to lay over it. */
async function pictureOverlay(card: ShareCard, credit: string): Promise<Buffer> {
  const title = card.title.length > 120 ? `${card.title.slice(0, 117)}…` : card.title;
  const shade = (alpha: number) => `rgba(10, 13, 17, ${alpha})`;
  const tree = h(
    'div',
    {
      width: SHARE_IMAGE.width,
      height: SHARE_IMAGE.height,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      color: '#ffffff',
      paddingTop: 48,
      paddingBottom: 56,
      paddingLeft: 64,
      paddingRight: 64,
      fontFamily: SHARE_FONT_FAMILY,
      direction: card.dir ?? 'ltr',
      backgroundImage: `linear-gradient(to bottom, ${shade(0.78)} 0%, ${shade(0)} 24%, ${shade(0)} 32%, ${shade(0.92)} 66%, ${shade(0.95)} 100%)`,
    },
    h(
      'div',
      { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start' },
      h('div', { display: 'flex', fontSize: 28, color: '#e8ebef', maxWidth: 640 }, card.siteTitle),
      h(
        'div',
        {
          display: 'flex',
          maxWidth: 440,
          fontSize: 20,
          color: '#ffffff',
          background: shade(0.72),
          paddingTop: 6,
          paddingBottom: 6,
          paddingLeft: 12,
          paddingRight: 12,
          borderRadius: 4,
        },
        credit,
      ),
    ),
    h(
      'div',
      { display: 'flex', flexDirection: 'column' },
      h('div', { display: 'flex', width: 120, height: 10, background: card.accent, marginBottom: 22 }),
      h('div', { display: 'flex', fontSize: 28, color: '#e8ebef', marginBottom: 14 }, card.kicker),
      h('div', { display: 'flex', fontSize: title.length > 70 ? 48 : 60, fontWeight: 700, lineHeight: 1.15 }, title),
    ),
  );
  const svg = await satori(tree, { ...SHARE_IMAGE, fonts: shareFonts() });
  return new Resvg(svg, { fitTo: { mode: 'width', value: SHARE_IMAGE.width } }).render().asPng();
}

async function renderPictureCard(card: ShareCard, picture: { file: string; credit: string }): Promise<Buffer> {
  const overlay = await pictureOverlay(card, picture.credit);
  // A light, opaque ground first: a picture with transparency (a logo, a diagram) stays legible under the shades.
  return sharp(picture.file)
    .rotate()
    .resize(SHARE_IMAGE.width, SHARE_IMAGE.height, { fit: 'cover', position: sharp.strategy.attention })
    .flatten({ background: '#e8ebef' })
    .composite([{ input: overlay }])
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer();
}

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

/** A title long enough to crowd the card is cut, with an ellipsis. */
const cardTitle = (card: ShareCard) => (card.title.length > 120 ? `${card.title.slice(0, 117)}…` : card.title);

/** The whole card's box, words in a column from top to bottom, in the story's direction. */
const cardFrame = (card: ShareCard, padding: { block: number; bottom: number; inline: number }) => ({
  width: SHARE_IMAGE.width,
  height: SHARE_IMAGE.height,
  boxSizing: 'border-box',
  display: 'flex',
  flexDirection: 'column',
  justifyContent: 'space-between',
  paddingTop: padding.block,
  paddingBottom: padding.bottom,
  paddingLeft: padding.inline,
  paddingRight: padding.inline,
  fontFamily: SHARE_FONT_FAMILY,
  direction: card.dir ?? 'ltr',
});

const layOut = (tree: Node) => satori(tree, { ...SHARE_IMAGE, fonts: shareFonts() });
const toPng = (svg: string) => new Resvg(svg, { fitTo: { mode: 'width', value: SHARE_IMAGE.width } }).render().asPng();

/** The words-only card as SVG (satori lays out text), on the site's dark ground. Text is never parsed as markup. */
export async function shareImageSvg(card: ShareCard): Promise<string> {
  const title = cardTitle(card);
  const tree = h(
    'div',
    { ...cardFrame(card, { block: 64, bottom: 64, inline: 72 }), background: '#12161b', color: '#e8ebef' },
    h('div', { display: 'flex', fontSize: 30, color: '#aab4bf' }, card.siteTitle),
    h(
      'div',
      { display: 'flex', flexDirection: 'column' },
      h('div', { display: 'flex', width: 120, height: 10, background: card.accent, marginBottom: 28 }),
      h('div', { display: 'flex', fontSize: title.length > 70 ? 54 : 66, fontWeight: 700, lineHeight: 1.15 }, title),
    ),
    h('div', { display: 'flex', fontSize: 30, color: '#e8ebef' }, card.kicker),
  );
  return layOut(tree);
}

/**
 * A 1200×630 image for social cards, drawn from the data at build time (satori lays out text, resvg rasterises). With
 * a picture: the picture cropped to fill the card (sharp's attention crop keeps the busiest part, a face or a
 * document's title), darkened under the words, the credit in a corner; a JPEG. Without: a PNG of words on the site's
 * dark ground. An Arabic card starts at the right either way.
 */
export async function renderShareImage(card: ShareCard): Promise<Buffer> {
  if (card.picture) return renderPictureCard(card, card.picture);
  return toPng(await shareImageSvg(card));
}

/** The words of a card over a picture, on a transparent ground with shades where they sit, as a PNG to lay over it. */
async function pictureOverlay(card: ShareCard, credit: string): Promise<Buffer> {
  const title = cardTitle(card);
  const shade = (alpha: number) => `rgba(10, 13, 17, ${alpha})`;
  const tree = h(
    'div',
    {
      ...cardFrame(card, { block: 48, bottom: 56, inline: 64 }),
      color: '#ffffff',
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
  return toPng(await layOut(tree));
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

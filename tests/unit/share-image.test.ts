import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { canDraw } from '../../src/build/share-fonts.ts';
import {
  SHARE_IMAGE,
  renderShareImage,
  shareImageFormat,
  shareImageSvg,
  type ShareCard,
} from '../../src/build/share-image.ts';

/** The card drawn to pixels, and the columns of its title band that hold ink (the light text on the dark card). */
async function draw(card: ShareCard) {
  const image = new Resvg(await shareImageSvg(card)).render();
  const { width, height, pixels } = image;
  const inked: number[] = [];
  // The title band: between the accent bar and the kicker.
  for (let x = 0; x < width; x++) {
    for (let y = Math.round(height * 0.4); y < Math.round(height * 0.75); y++) {
      const i = (y * width + x) * 4;
      if (pixels[i]! > 160 && pixels[i + 1]! > 160 && pixels[i + 2]! > 160) {
        inked.push(x);
        break;
      }
    }
  }
  return { pixels: Buffer.from(pixels), left: Math.min(...inked), right: Math.max(...inked), width };
}

const card = (title: string, dir: 'ltr' | 'rtl'): ShareCard => ({
  siteTitle: '4',
  title,
  kicker: '2010',
  accent: '#ff8fa8',
  dir,
});

const latin = (title: string) => renderShareImage({ siteTitle: 'Site', title, kicker: '2008', accent: '#ffb86b' });

describe('share images', () => {
  it('know which text their fonts can draw: Latin, Latin Extended and Arabic, not other scripts', () => {
    expect(canDraw('Łódź, Dvořák, Ğül, Őrség – “quoted” … £30m · 17 mai 2008')).toBe(true);
    expect(canDraw('وفاة طفلة، ١٧ أيار ٢٠٠٨ · قضية')).toBe(true);
    expect(canDraw('Москва')).toBe(false);
    expect(canDraw('東京')).toBe(false);
    expect(canDraw('Ελλάδα')).toBe(false);
  });

  it('draw Latin Extended letters as themselves, not as the font’s “no glyph” box', async () => {
    // A missing glyph is always the same box, so two different missing letters draw the same image…
    expect((await latin('Ж')).equals(await latin('Щ'))).toBe(true);
    // …while two letters the fonts have draw differently.
    expect((await latin('Ł')).equals(await latin('Ń'))).toBe(false);
    expect((await latin('ř')).equals(await latin('ğ'))).toBe(false);
  });

  it('draw Arabic letters with their own shapes: two words that differ by two dots give two images', async () => {
    // A font without Arabic draws every letter as the same empty box, so both would come out identical.
    const withDots = await draw(card('طفلة', 'rtl'));
    const without = await draw(card('طفله', 'rtl'));
    expect(withDots.right).toBeGreaterThan(withDots.left);
    expect(withDots.pixels.equals(without.pixels)).toBe(false);
  });

  it('start an Arabic card at the right and an English one at the left, each at the card’s margin', async () => {
    const arabic = await draw(card('وفاة طفلة', 'rtl'));
    const english = await draw(card('A girl dies', 'ltr'));
    expect(arabic.width).toBe(SHARE_IMAGE.width);
    // The card's padding is 72 px either side.
    expect(SHARE_IMAGE.width - arabic.right).toBeLessThan(80);
    expect(arabic.left).toBeGreaterThan(200);
    expect(english.left).toBeLessThan(80);
    expect(SHARE_IMAGE.width - english.right).toBeGreaterThan(200);
  });
});

describe('share images with the event’s picture', () => {
  const dir = mkdtempSync(join(tmpdir(), 'share-'));
  const photo = join(dir, 'photo.png');
  // A wide picture: green on the left half, red on the right, with a bright square in the middle of the red.
  const made = sharp({ create: { width: 2400, height: 1000, channels: 3, background: '#1f9d3a' } })
    .composite([
      { input: { create: { width: 1200, height: 1000, channels: 3, background: '#c0392b' } }, left: 1200, top: 0 },
    ])
    .png()
    .toFile(photo);
  const card = (credit: string) =>
    renderShareImage({
      siteTitle: 'Site',
      title: 'An event',
      kicker: '2008',
      accent: '#ffb86b',
      picture: { file: photo, credit },
    });

  it('crop it to fill 1200×630 under the words, as a JPEG', async () => {
    await made;
    const image = sharp(await card('Credit: Photo: A. Person'));
    expect(await image.metadata()).toMatchObject({ format: 'jpeg', width: 1200, height: 630 });
    // The middle of the card, where no shade falls, is the picture itself, both halves of it.
    const { data, info } = await image.raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) => [...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)];
    const [r1, g1] = at(300, 180);
    const [r2, g2] = at(900, 180);
    expect(g1! > 120 && r1! < 80, `left ${at(300, 180).join()}`).toBe(true);
    expect(r2! > 150 && g2! < 90, `right ${at(900, 180).join()}`).toBe(true);
    expect(shareImageFormat({ picture: { file: photo, credit: '' } })).toBe('jpg');
    expect(shareImageFormat({})).toBe('png');
  });

  it('carry the credit: another credit draws another card', async () => {
    await made;
    const a = await sharp(await card('Credit: Photo: A. Person'))
      .raw()
      .toBuffer();
    const b = await sharp(await card('Credit: Photo: B. Other'))
      .raw()
      .toBuffer();
    expect(a.equals(b)).toBe(false);
    const noCredit = await sharp(await card(''))
      .raw()
      .toBuffer();
    expect(a.equals(noCredit)).toBe(false);
  });
});

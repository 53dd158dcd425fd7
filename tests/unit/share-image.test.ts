import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { canDraw } from '../../src/build/share-fonts.ts';
import { renderShareImage, shareImageFormat } from '../../src/build/share-image.ts';

const card = (title: string) => renderShareImage({ siteTitle: 'Site', title, kicker: '2008', accent: '#ffb86b' });

describe('share images', () => {
  it('know which text their fonts can draw: Latin and Latin Extended, not other scripts', () => {
    expect(canDraw('Łódź, Dvořák, Ğül, Őrség – “quoted” … £30m · 17 mai 2008')).toBe(true);
    expect(canDraw('Москва')).toBe(false);
    expect(canDraw('東京')).toBe(false);
    expect(canDraw('Ελλάδα')).toBe(false);
  });

  it('draw Latin Extended letters as themselves, not as the font’s “no glyph” box', async () => {
    // A missing glyph is always the same box, so two different missing letters draw the same image…
    expect((await card('Ж')).equals(await card('Щ'))).toBe(true);
    // …while two letters the fonts have draw differently.
    expect((await card('Ł')).equals(await card('Ń'))).toBe(false);
    expect((await card('ř')).equals(await card('ğ'))).toBe(false);
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

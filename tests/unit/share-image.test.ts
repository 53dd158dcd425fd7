import { describe, expect, it } from 'vitest';
import { canDraw } from '../../src/build/share-fonts.ts';
import { renderShareImage } from '../../src/build/share-image.ts';

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

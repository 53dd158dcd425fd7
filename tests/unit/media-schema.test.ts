// Media on events: the schema's messages and the build's checks of the files, one line each, naming the file, the
// field and the event.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateEventFile } from '../../src/build/events-file.ts';
import { sniff, svgProblem } from '../../src/build/media-files.ts';
import { remotePlayer } from '../../src/core/media.ts';
import { mediaKind } from '../../src/core/schema/media.ts';

const fixture = readFileSync(new URL('../fixtures/valid.json', import.meta.url), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'media-'));
const media = join(dir, 'media');
const photo = { src: 'media/photo.jpg', alt: 'The council house at dusk', credit: 'Photo: A. Person' };

beforeAll(async () => {
  mkdirSync(media, { recursive: true });
  const picture = sharp({ create: { width: 64, height: 48, channels: 3, background: '#4477aa' } });
  writeFileSync(join(media, 'photo.jpg'), await picture.clone().jpeg().toBuffer());
  writeFileSync(join(media, 'really-a-png.jpg'), await picture.clone().png().toBuffer());
  writeFileSync(join(media, 'report.pdf'), '%PDF-1.4\n%%EOF\n');
  writeFileSync(
    join(media, 'clip.mp4'),
    Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypisom'), Buffer.alloc(64)]),
  );
  writeFileSync(join(media, 'clip.vtt'), 'WEBVTT\n\n00:00.000 --> 00:02.000\nHello\n');
  writeFileSync(join(media, 'empty.jpg'), '');
  // Over 20 MB: a JPEG's first bytes and then nothing worth shipping.
  writeFileSync(
    join(media, 'huge.jpg'),
    Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(21 * 1024 * 1024)]),
  );
  writeFileSync(
    join(media, 'logo.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>',
  );
  writeFileSync(join(media, 'bad.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
});

/** The valid fixture with media on its second event ("first-report"), validated with its files. */
function problems(...items: unknown[]): string[] {
  const data = JSON.parse(fixture) as { events: Record<string, unknown>[] };
  data.events[1]!.media = items;
  const path = join(dir, 'story.json');
  writeFileSync(path, JSON.stringify(data));
  const result = validateEventFile(path);
  return result.ok ? [] : result.problems.map((p) => p.replaceAll(`${dir}/`, ''));
}
const at = (i: number, field: string, message: string) =>
  `story.json: events[1].media[${i}].${field}: ${message} (event "first-report")`;

describe('media on an event', () => {
  it('takes pictures, documents, video and audio with alt text and a credit', () => {
    expect(
      problems(
        photo,
        { src: 'media/logo.svg', alt: '', decorative: true, credit: 'Example News' },
        {
          src: 'media/report.pdf',
          alt: 'The cover of the report',
          credit: 'Ofsted',
          licence: 'Open Government Licence v3.0',
        },
        {
          src: 'media/clip.mp4',
          alt: 'Interview with the director',
          credit: 'Example News',
          captions: 'media/clip.vtt',
          poster: 'media/photo.jpg',
        },
        {
          src: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
          alt: 'The press conference',
          credit: 'BBC',
          poster: 'media/photo.jpg',
        },
        {
          src: 'https://player.example-broadcaster.co.uk/clip/123',
          kind: 'audio',
          alt: 'Radio interview',
          credit: 'Example FM',
        },
      ),
    ).toEqual([]);
  });

  it('names a missing, empty, mislabelled, oversized or unsafe file', () => {
    expect(problems({ ...photo, src: 'media/missing.jpg' })).toEqual([at(0, 'src', 'no file at media/missing.jpg')]);
    expect(problems({ ...photo, src: 'media/empty.jpg' })).toEqual([at(0, 'src', 'media/empty.jpg is empty')]);
    expect(problems({ ...photo, src: 'media/really-a-png.jpg' })).toEqual([
      at(
        0,
        'src',
        'media/really-a-png.jpg is named .jpg but its content is PNG: save it in the right format or rename it',
      ),
    ]);
    expect(problems({ ...photo, src: 'media/huge.jpg' })).toEqual([
      at(0, 'src', 'media/huge.jpg is 21.0 MB; at most 20.0 MB can ship to readers: make it smaller'),
    ]);
    expect(problems({ ...photo, src: 'media/bad.svg' })).toEqual([
      at(0, 'src', 'media/bad.svg contains a <script>: save the picture without it'),
    ]);
    expect(problems({ src: 'media/clip.mp4', alt: 'Clip', credit: 'X', captions: 'media/none.vtt' })).toEqual([
      at(0, 'captions', 'no file at media/none.vtt'),
    ]);
  });

  it('refuses an unknown extension, a path out of the folder, and a picture on another site', () => {
    expect(problems({ ...photo, src: 'media/anim.gif' })).toEqual([
      at(
        0,
        'src',
        '"media/anim.gif": ".gif" is not a kind of file the site can show; use one of .jpg, .jpeg, .png, .webp, .avif, .svg, .pdf, .mp4, .webm, .mp3, .m4a',
      ),
    ]);
    expect(problems({ ...photo, src: '../secret.jpg' })).toEqual([
      at(0, 'src', `"../secret.jpg": must stay inside the event file's folder, without '..', '.' or '//'`),
    ]);
    expect(problems({ ...photo, src: '/etc/photo.jpg' })).toEqual([
      at(
        0,
        'src',
        `"/etc/photo.jpg": write the path from the event file's folder, without a leading slash: media/cover.jpg`,
      ),
    ]);
    expect(problems({ ...photo, src: 'https://example.org/photo.jpg' })).toEqual([
      at(
        0,
        'src',
        `the build fetches nothing from other sites: download "https://example.org/photo.jpg" into the event file's folder (e.g. media/) and give its path`,
      ),
    ]);
    expect(problems({ ...photo, src: 'https://example.org/watch/1' })).toEqual([
      at(
        0,
        'src',
        `"https://example.org/watch/1" is not a YouTube, Vimeo or SoundCloud page: for another site's player, give "kind": "video" or "audio"`,
      ),
    ]);
    expect(problems({ ...photo, src: 'http://www.youtube.com/watch?v=dQw4w9WgXcQ' })).toEqual([
      at(0, 'src', 'expected a file path or an https address, got "http://www.youtube.com/watch?v=dQw4w9WgXcQ"'),
    ]);
    expect(problems({ ...photo, kind: 'video' })).toEqual([
      at(0, 'kind', '"video" does not match the file: "media/photo.jpg" is an image'),
    ]);
  });

  it('requires alt text (empty only for a decorative picture) and a credit', () => {
    expect(problems({ src: 'media/photo.jpg', credit: 'X' })).toEqual([at(0, 'alt', 'required field is missing')]);
    expect(problems({ ...photo, alt: '' })).toEqual([
      at(
        0,
        'alt',
        'is empty: say what it shows for readers who cannot see it, or set "decorative": true if it adds nothing they need',
      ),
    ]);
    expect(problems({ ...photo, decorative: true })).toEqual([
      at(0, 'alt', 'a decorative picture has an empty "alt" ("")'),
    ]);
    expect(problems({ src: 'media/report.pdf', alt: '', decorative: true, credit: 'X' })).toEqual([
      at(0, 'decorative', 'only a picture can be decorative, not a document'),
    ]);
    expect(problems({ src: 'media/photo.jpg', alt: 'A photo' })).toEqual([
      at(0, 'credit', 'required field is missing'),
    ]);
    expect(problems({ ...photo, credit: '' })).toEqual([at(0, 'credit', 'must not be empty')]);
    expect(problems({ ...photo, colour: 'red' })).toEqual([
      `story.json: events[1].media[0].colour: unknown field; known fields: src, alt, credit, caption, licence, sourceUrl, kind, decorative, poster, captions (event "first-report")`,
    ]);
  });

  it('keeps stills and captions to video and audio, and in the folder', () => {
    expect(problems({ ...photo, captions: 'media/clip.vtt' })).toEqual([
      at(0, 'captions', 'only video and audio have a captions file'),
    ]);
    expect(
      problems({
        src: 'https://vimeo.com/76979871',
        alt: 'A film',
        credit: 'X',
        poster: 'https://i.vimeocdn.com/x.jpg',
      }),
    ).toEqual([
      at(
        0,
        'poster',
        `"https://i.vimeocdn.com/x.jpg": must be a file in the event file's folder: the build fetches nothing`,
      ),
    ]);
    expect(problems({ src: 'media/clip.mp4', alt: 'Clip', credit: 'X', captions: 'media/clip.srt' })).toEqual([
      at(0, 'captions', '"media/clip.srt": expected .vtt'),
    ]);
  });

  it('reports every problem in the file in one pass, schema and files together', () => {
    const data = JSON.parse(fixture) as { events: Record<string, unknown>[] };
    data.events[0]!.date = '2008-13-01';
    data.events[1]!.media = [{ ...photo, src: 'media/missing.jpg' }];
    const path = join(dir, 'both.json');
    writeFileSync(path, JSON.stringify(data));
    const result = validateEventFile(path);
    expect(!result.ok && result.problems.map((p) => p.replaceAll(`${dir}/`, ''))).toEqual([
      'both.json: events[0].date: expected YYYY, YYYY-MM or YYYY-MM-DD, got "2008-13-01" (event "later-case")',
      'both.json: events[1].media[0].src: no file at media/missing.jpg (event "first-report")',
    ]);
  });
});

describe('players from other sites', () => {
  it('load from the site, at an address made from the page the editor gives', () => {
    expect(remotePlayer('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42')).toEqual({
      provider: 'YouTube',
      host: 'youtube.com',
      embed: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&start=42',
      kind: 'video',
    });
    expect(remotePlayer('https://youtu.be/dQw4w9WgXcQ')?.embed).toBe(
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1',
    );
    expect(remotePlayer('https://vimeo.com/76979871')?.embed).toBe(
      'https://player.vimeo.com/video/76979871?autoplay=1&dnt=1',
    );
    expect(remotePlayer('https://soundcloud.com/an-artist/a-track')).toMatchObject({
      provider: 'SoundCloud',
      kind: 'audio',
      embed: 'https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fan-artist%2Fa-track&auto_play=true',
    });
    expect(remotePlayer('https://player.example.org/1', 'video')).toMatchObject({
      provider: 'player.example.org',
      host: 'player.example.org',
    });
    expect(remotePlayer('https://www.youtube.com/watch?v=<script>')).toBeNull();
    expect(remotePlayer('javascript:alert(1)', 'video')).toBeNull();
    expect(mediaKind({ src: 'https://soundcloud.com/a/b' })).toBe('audio');
    expect(mediaKind({ src: 'media/x.pdf' })).toBe('document');
  });
});

describe('file checks', () => {
  it('tell formats by their first bytes', () => {
    expect(sniff(Buffer.from('%PDF-1.7'))).toBe('pdf');
    expect(sniff(Buffer.from('\ufeffWEBVTT\n'))).toBe('vtt');
    expect(sniff(Buffer.from('ID3\x04'))).toBe('mp3');
  });
  it('refuse SVGs that run code or fetch from other servers', () => {
    expect(svgProblem('<svg onload="alert(1)"></svg>')).toMatch(/event handler/);
    expect(svgProblem('<svg><image href="https://evil.example/x.png"/></svg>')).toMatch(/another server/);
    expect(svgProblem('<svg><a href="javascript:alert(1)"/></svg>')).toMatch(/javascript:/);
    expect(svgProblem('<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>')).toBeNull();
  });
});

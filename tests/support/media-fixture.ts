// A story with every kind of media, its pictures made here with sharp (which Astro already depends on) and its
// document as a one-page PDF written by hand: nothing is downloaded and nothing real is shown.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

/** Words hidden in the photo's metadata: a published copy must never carry them (the pipeline strips metadata). */
export const SECRET_METADATA = 'Taken at 52.4862N 1.8904W by a source';

/** A one-page PDF: a coloured band with a title in a standard font, and a line of text. */
export function minimalPdf(title: string): Buffer {
  const content = `0.2 0.3 0.6 rg 50 650 495 120 re f\nBT /F1 36 Tf 1 1 1 rg 70 700 Td (${title}) Tj ET\nBT /F1 14 Tf 0 0 0 rg 50 600 Td (A test document made in the test itself.) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** A picture with shapes and words, so a screenshot shows which one it is. */
function picture(width: number, height: number, colour: string, label: string) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${colour}"/><stop offset="1" stop-color="#1b1f24"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    <circle cx="${width * 0.7}" cy="${height * 0.4}" r="${Math.min(width, height) * 0.2}" fill="#ffffff" fill-opacity="0.35"/>
    <text x="${width * 0.06}" y="${height * 0.85}" font-family="DejaVu Sans, sans-serif" font-size="${Math.round(height / 9)}" fill="#ffffff">${label}</text>
  </svg>`;
  return sharp(Buffer.from(svg));
}

/** One silent MPEG-1 Layer III frame (128 kbit/s, 44.1 kHz), repeated: a playable second or so of nothing. */
function silentMp3(): Buffer {
  const frame = Buffer.alloc(417);
  frame.set([0xff, 0xfb, 0x90, 0x64]);
  return Buffer.concat(Array.from({ length: 40 }, () => frame));
}

const source = { publisher: 'Fixture', description: 'Made for the media tests' };

/** Writes the fixture (events.json and media/) into `dir`, and returns the event file's path. */
export async function writeMediaFixture(dir: string): Promise<string> {
  rmSync(dir, { recursive: true, force: true });
  const media = join(dir, 'media');
  mkdirSync(media, { recursive: true });
  await picture(1600, 1000, '#2f6db5', 'Council House')
    .jpeg({ quality: 85 })
    .withExif({ IFD0: { ImageDescription: SECRET_METADATA, Copyright: SECRET_METADATA } })
    .toFile(join(media, 'council-house.jpg'));
  await picture(600, 900, '#8a3b9e', 'Portrait').png().toFile(join(media, 'portrait.png'));
  await picture(1280, 720, '#b5542f', 'Press conference').jpeg().toFile(join(media, 'press-still.jpg'));
  await picture(1280, 720, '#2f8a5b', 'Interview').webp().toFile(join(media, 'interview-still.webp'));
  writeFileSync(
    join(media, 'rule.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 20" width="400" height="20"><rect width="400" height="20" fill="#c9ced6"/></svg>',
  );
  writeFileSync(join(media, 'report.pdf'), minimalPdf('Inspection report'));
  // Not a playable film (the tests check the markup and that the file is published as it is), but a real MP4 header.
  writeFileSync(
    join(media, 'interview.mp4'),
    Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypisom'), Buffer.alloc(1024)]),
  );
  writeFileSync(join(media, 'interview.vtt'), 'WEBVTT\n\n00:00.000 --> 00:01.000\nThe director speaks.\n');
  writeFileSync(join(media, 'statement.mp3'), silentMp3());
  const events = [
    {
      id: 'photo-event',
      type: 'report',
      date: '2010-03-12',
      title: 'A report with a photograph',
      summary: 'The photograph shows the building the report is about.',
      media: [
        {
          src: 'media/council-house.jpg',
          alt: 'A blue picture with a pale circle and the words Council House',
          caption: 'The council house, where the report was presented.',
          credit: 'Photo: Fixture Studio',
          licence: 'CC BY 4.0',
          sourceUrl: 'https://example.org/photos/council-house',
        },
      ],
      sources: [source],
    },
    {
      id: 'document-event',
      type: 'inspection',
      date: '2011-06-01',
      title: 'An inspection report as a PDF',
      summary: 'Its first page is shown and links to the document.',
      media: [
        {
          src: 'media/report.pdf',
          alt: 'The cover of the inspection report: a blue band with its title',
          credit: 'Fixture Inspectorate',
          licence: 'Open Government Licence v3.0',
        },
      ],
      sources: [source],
    },
    {
      id: 'video-event',
      type: 'case',
      date: '2012-01-20',
      title: 'A press conference on YouTube',
      summary: 'A still and a button; nothing from YouTube loads until the reader asks.',
      media: [
        {
          src: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
          alt: 'Press conference after the verdict',
          poster: 'media/press-still.jpg',
          caption: 'The press conference, filmed by the broadcaster.',
          credit: 'Fixture Broadcasting',
        },
      ],
      sources: [source],
    },
    {
      id: 'audio-event',
      type: 'appointment',
      date: '2012-09',
      title: 'A radio interview on SoundCloud',
      summary: 'An audio player from another site, with no still.',
      media: [
        {
          src: 'https://soundcloud.com/fixture-radio/interview',
          alt: 'Radio interview with the new director',
          credit: 'Fixture Radio',
        },
      ],
      sources: [source],
    },
    {
      id: 'self-hosted-event',
      type: 'report',
      date: '2013',
      title: 'An interview filmed by the newsroom itself',
      summary: 'Self-hosted video with captions, and a statement as audio.',
      media: [
        {
          src: 'media/interview.mp4',
          alt: 'Interview with the director about the report',
          poster: 'media/interview-still.webp',
          captions: 'media/interview.vtt',
          credit: 'Fixture News',
        },
        { src: 'media/statement.mp3', alt: 'The council’s statement, read aloud', credit: 'Fixture News' },
      ],
      sources: [source],
    },
    {
      id: 'portrait-event',
      type: 'appointment',
      date: '2014-02-03',
      title: 'A new director, with a portrait',
      summary: 'A tall picture, and a decorative rule under it.',
      media: [
        {
          src: 'media/portrait.png',
          alt: 'A purple portrait-shaped picture with the word Portrait',
          credit: 'Fixture Studio',
        },
        { src: 'media/rule.svg', alt: '', decorative: true, credit: 'Fixture Design' },
      ],
      sources: [source],
    },
    {
      id: 'plain-event',
      type: 'case',
      date: '2015-05',
      circa: true,
      title: 'An event without media',
      summary: 'Nothing to show but words.',
      sources: [source],
    },
  ];
  const file = join(dir, 'events.json');
  writeFileSync(
    file,
    JSON.stringify(
      { title: 'Media fixture', description: 'Every kind of media an event can carry.', language: 'en-GB', events },
      null,
      2,
    ),
  );
  return file;
}

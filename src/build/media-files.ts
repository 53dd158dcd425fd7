// The files an event file's media name: present, of the kind their names say, small enough to ship, and (for SVG)
// free of anything that runs. Checked on the file as read, so one pass reports them beside the schema's problems,
// with the same one-line messages: file, field, event.
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { formatPath } from '../core/json-path.ts';
import {
  CAPTION_EXTENSIONS,
  MAX_MEDIA_BYTES,
  extensionOf,
  isWebAddress,
  kindOfExtension,
  localPathProblem,
} from '../core/media.ts';

/** Media paths are written from the event file's folder. */
export function mediaRoot(eventsFile: string): string {
  return dirname(eventsFile);
}

/** The absolute path of a media file, or null if the written path would leave the folder. */
export function mediaPath(root: string, path: string): string | null {
  if (localPathProblem(path)) return null;
  const full = resolve(root, path);
  const rel = relative(root, full);
  return rel && !rel.startsWith('..') && !rel.startsWith(sep) ? full : null;
}

function head(file: string, bytes = 64): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const read = readSync(fd, buffer, 0, bytes, 0);
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** What the first bytes of a file say it is, by the same names as the extensions; undefined when unknown. */
export function sniff(bytes: Buffer): string | undefined {
  const ascii = bytes.toString('latin1');
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg';
  if (ascii.startsWith('\x89PNG\r\n\x1a\n')) return 'png';
  if (ascii.startsWith('RIFF') && ascii.slice(8, 12) === 'WEBP') return 'webp';
  if (ascii.slice(4, 8) === 'ftyp') {
    const brand = ascii.slice(8, 12);
    if (brand === 'avif' || brand === 'avis') return 'avif';
    if (brand.startsWith('M4A')) return 'm4a';
    return 'mp4';
  }
  if (ascii.startsWith('%PDF-')) return 'pdf';
  if (ascii.startsWith('\x1aE\xdf\xa3')) return 'webm';
  if (ascii.startsWith('ID3') || (bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xe0) === 0xe0)) return 'mp3';
  const text = ascii.replace(/^\xef\xbb\xbf/, '').trimStart();
  if (text.startsWith('WEBVTT')) return 'vtt';
  if (text.startsWith('<')) return 'svg';
  return undefined;
}

const SAME: Record<string, string> = { jpeg: 'jpg' };

/** An SVG is shown as an image, but opened on its own it is a page of our site: nothing in it may run or fetch. */
export function svgProblem(text: string): string | null {
  if (!/<svg[\s>]/i.test(text)) return 'is not an SVG image (no <svg> element)';
  if (/<script[\s>]/i.test(text)) return 'contains a <script>: save the picture without it';
  if (/\son[a-z]+\s*=/i.test(text))
    return 'contains an event handler (onload=, onclick=…): save the picture without it';
  if (/javascript:/i.test(text)) return 'contains a javascript: address: save the picture without it';
  if (/<foreignObject[\s>]/i.test(text)) return 'contains a <foreignObject>: save the picture as plain SVG';
  if (/(?:href|src)\s*=\s*["']\s*(?:https?:)?\/\//i.test(text) || /url\(\s*["']?\s*(?:https?:)?\/\//i.test(text))
    return 'refers to a file on another server: embed it in the SVG or leave it out';
  return null;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** One field's file: why it cannot be used, or null. */
function fileProblem(root: string, path: string, label: string): string | null {
  const full = mediaPath(root, path);
  if (!full) return null; // the schema reports the path itself
  const stat = statSync(full, { throwIfNoEntry: false });
  if (!stat) return `no file at ${label}`;
  if (!stat.isFile()) return `${label} is a folder, not a file`;
  if (stat.size === 0) return `${label} is empty`;
  if (stat.size > MAX_MEDIA_BYTES)
    return `${label} is ${megabytes(stat.size)}; at most ${megabytes(MAX_MEDIA_BYTES)} can ship to readers: make it smaller`;
  const extension = extensionOf(path);
  const expected = SAME[extension] ?? extension;
  const found = sniff(head(full));
  if (found !== expected)
    return found
      ? `${label} is named .${extension} but its content is ${found.toUpperCase()}: save it in the right format or rename it`
      : `${label} is not a ${extension.toUpperCase()} file the site can read`;
  if (extension === 'svg') {
    const problem = svgProblem(readFileSync(full, 'utf8'));
    if (problem) return `${label} ${problem}`;
  }
  return null;
}

/**
 * Every problem with the files the event file's media name, as `events[3].media[0].src: …` lines with the event's
 * id. Works on the file as parsed (before the schema), skipping values the schema reports itself.
 */
export function checkMediaFiles(input: unknown, root: string, display: (path: string) => string): string[] {
  const events = (input as { events?: unknown } | null)?.events;
  if (!Array.isArray(events)) return [];
  const problems: string[] = [];
  events.forEach((event: unknown, e) => {
    const { id, media } = (event ?? {}) as { id?: unknown; media?: unknown };
    if (!Array.isArray(media)) return;
    const which = typeof id === 'string' && id ? ` (event "${id}")` : '';
    media.forEach((item: unknown, m) => {
      const fields = (item ?? {}) as Record<string, unknown>;
      for (const field of ['src', 'poster', 'captions'] as const) {
        const value = fields[field];
        if (typeof value !== 'string' || isWebAddress(value) || localPathProblem(value)) continue;
        const extension = extensionOf(value);
        if (!kindOfExtension(extension) && !CAPTION_EXTENSIONS.includes(extension)) continue;
        const problem = fileProblem(root, value, display(join(root, value)));
        if (problem) problems.push(`${formatPath(['events', e, 'media', m, field])}: ${problem}${which}`);
      }
    });
  });
  return problems;
}

// What the pages show of an event's media, worked out at build time: the picture Astro's pipeline resizes (the image
// itself, a PDF's first page, or a still), the published address of documents, video and audio, and the player of
// another site, loaded only when the reader asks.
import { statSync } from 'node:fs';
import type { ImageMetadata } from 'astro';
import pictures from 'virtual:timeline-media';
import { filePath, remotePlayer, isWebAddress, type MediaKind, type RemotePlayer } from '../core/media.ts';

export { filePath };
import { mediaKind, type Media } from '../core/schema/media.ts';
import type { TimelineEvent } from '../core/schema/event.ts';
import { mediaPath, mediaRoot } from './media-files.ts';
import { resolveEventsFile } from './events-file.ts';

export interface ShownMedia {
  item: Media;
  kind: MediaKind;
  /** The picture to show: the image, a document's first page, or a video's or audio's still. */
  picture?: ImageMetadata;
  /** Documents, video and audio in the folder: their published address and size in bytes. */
  file?: { path: string; bytes: number };
  /** Captions for video and audio in the folder: their published address. */
  captions?: string;
  /** Video and audio on another site. */
  player?: RemotePlayer;
}

function bytesOf(src: string): number {
  const full = mediaPath(mediaRoot(resolveEventsFile()), src);
  return full ? (statSync(full, { throwIfNoEntry: false })?.size ?? 0) : 0;
}

/** An item as the pages show it. */
export function shownMedia(item: Media): ShownMedia {
  const kind = mediaKind(item);
  const remote = isWebAddress(item.src);
  const picture =
    kind === 'image'
      ? pictures[item.src]
      : kind === 'document'
        ? pictures[`pdf:${item.src}`]
        : item.poster
          ? pictures[item.poster]
          : undefined;
  const player = remote ? (remotePlayer(item.src, item.kind) ?? undefined) : undefined;
  return {
    item,
    kind,
    ...(picture ? { picture } : {}),
    ...(!remote && kind !== 'image' ? { file: { path: filePath(item.src), bytes: bytesOf(item.src) } } : {}),
    ...(item.captions ? { captions: filePath(item.captions) } : {}),
    ...(player ? { player } : {}),
  };
}

/** Every item of an event, as shown. */
export function eventMedia(event: Pick<TimelineEvent, 'media'>): ShownMedia[] {
  return (event.media ?? []).map(shownMedia);
}

/**
 * The first picture an event has that says something (a decorative one adds nothing a reader needs), for small places
 * and for sharing: the list's thumbnail, the detail panel, a share image.
 */
export function leadPicture(event: Pick<TimelineEvent, 'media'>): ShownMedia | undefined {
  return eventMedia(event).find((m) => m.picture && !m.item.decorative);
}

/**
 * The file a share image is cut from: the event's lead picture as the editor gave it (an image or a video's still)
 * or a document's first page as drawn at build. Read straight from disk, so the original never ships.
 */
export function sharePicture(event: Pick<TimelineEvent, 'media'>): { file: string; credit: string } | undefined {
  const lead = leadPicture(event);
  if (!lead?.picture) return undefined;
  const root = mediaRoot(resolveEventsFile());
  const given = lead.kind === 'image' ? lead.item.src : lead.kind === 'document' ? undefined : lead.item.poster;
  const file = given ? mediaPath(root, given) : (lead.picture as ImageMetadata & { fsPath?: string }).fsPath;
  return file ? { file, credit: lead.item.credit } : undefined;
}

/** Every file the site publishes under /files/: documents, video, audio and captions in the folder. */
export function publishedFiles(events: readonly Pick<TimelineEvent, 'media'>[]): { src: string; file: string }[] {
  const root = mediaRoot(resolveEventsFile());
  const files = new Map<string, string>();
  for (const event of events) {
    for (const item of event.media ?? []) {
      const kind = mediaKind(item);
      for (const src of [kind !== 'image' ? item.src : undefined, item.captions]) {
        if (!src || isWebAddress(src)) continue;
        const file = mediaPath(root, src);
        if (file) files.set(src, file);
      }
    }
  }
  return [...files].map(([src, file]) => ({ src, file }));
}

/**
 * The widths pictures are made at, from one ladder so that places share files: a thumbnail (6rem), the page's column
 * (44rem), the projector view (the screen); each at up to twice its size for sharp screens.
 */
export const PICTURE_WIDTHS = {
  thumb: [160, 320, 640],
  page: [320, 640, 960, 1280],
  slide: [640, 960, 1280, 1600, 2048],
} as const;

/**
 * A picture's size and format, read without marking the original file as used: Astro keeps an imported original in the
 * built site whenever a page reads its properties, and an original may carry metadata (a photo's location, the camera
 * owner) that its processed copies do not.
 */
export function pictureInfo(picture: ImageMetadata): { width: number; height: number; format: string } {
  const { width, height, format } = (picture as ImageMetadata & { clone?: ImageMetadata }).clone ?? picture;
  return { width, height, format };
}

/** The widths a picture is made at: those wanted that are smaller than the picture, and the largest it allows. */
export function pictureWidths(picture: ImageMetadata, wanted: readonly number[]): number[] {
  const largest = Math.min(pictureInfo(picture).width, Math.max(...wanted));
  return [...new Set([...wanted.filter((w) => w < largest), largest])];
}

/** The tallest a picture is laid out, by place, in CSS px: the page keeps a portrait to a screen's height. */
const MAX_HEIGHT = { thumb: Infinity, page: 720, slide: 1200 } as const;

/** The width and height a picture is laid out at in a place: its own, scaled down to the place's tallest. */
export function displaySize(
  picture: ImageMetadata,
  place: keyof typeof PICTURE_WIDTHS,
): { width: number; height: number } {
  const { width, height } = pictureInfo(picture);
  const scale = Math.min(1, MAX_HEIGHT[place] / height);
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

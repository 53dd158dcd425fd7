// Media on events: what kind each item is, from its file's extension or its page's address, and how a player from
// another site is loaded once the reader asks for it. Free of Node and the DOM: the schema, the build and the
// browser share it.

/** The kinds of media an event can carry. */
export const MEDIA_KINDS = ['image', 'document', 'video', 'audio'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

/** File extensions the build can publish, by kind (lowercase, without the dot). */
export const MEDIA_EXTENSIONS: Record<MediaKind, readonly string[]> = {
  image: ['jpg', 'jpeg', 'png', 'webp', 'avif', 'svg'],
  document: ['pdf'],
  video: ['mp4', 'webm'],
  audio: ['mp3', 'm4a'],
};

/** Captions for self-hosted video and audio. */
export const CAPTION_EXTENSIONS: readonly string[] = ['vtt'];

/** Above this a file is too large to ship to readers (and to keep offline): the editor must make it smaller. */
export const MAX_MEDIA_BYTES = 20 * 1024 * 1024;

/** Where files other than pictures are published: `/files/<path as written>` ("/files/media/report.pdf"). */
export function filePath(src: string): string {
  return `/files/${src.split('/').map(encodeURIComponent).join('/')}`;
}

/** The extension of a path, lowercase, without the dot; empty when there is none. */
export function extensionOf(path: string): string {
  const name = path.split('/').pop() ?? '';
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** The kind a local file's extension says it is, if any. */
export function kindOfExtension(extension: string): MediaKind | undefined {
  return MEDIA_KINDS.find((kind) => MEDIA_EXTENSIONS[kind].includes(extension));
}

export function isWebAddress(src: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(src);
}

/**
 * Why a local path cannot be used, or null when it can: paths are relative to the event file's folder, written with
 * forward slashes, and stay inside it (`media/cover.jpg`, never `../secret.jpg` or `/etc/passwd`).
 */
export function localPathProblem(path: string): string | null {
  if (path.trim() !== path || path === '') return 'must not be empty or start or end with spaces';
  if (path.includes('\\')) return 'use forward slashes: media/cover.jpg';
  if (path.startsWith('/'))
    return "write the path from the event file's folder, without a leading slash: media/cover.jpg";
  if (path.split('/').some((part) => part === '..' || part === '.' || part === ''))
    return "must stay inside the event file's folder, without '..', '.' or '//'";
  return null;
}

/** A player on another site: who runs it, the host the reader's browser will contact, and what the frame loads. */
export interface RemotePlayer {
  /** "YouTube", "Vimeo", "SoundCloud", or the host for another site's player. */
  provider: string;
  /** The site the player loads from, as the button names it: "youtube.com". */
  host: string;
  /** The address the frame opens once the reader asks for it. */
  embed: string;
  /** Video or audio, as the site's players are. */
  kind: 'video' | 'audio';
}

function hostOf(url: URL): string {
  return url.hostname.replace(/^(www|m)\./, '');
}

/**
 * The player for a video or audio page on YouTube, Vimeo or SoundCloud; for another site (a broadcaster's player),
 * the page itself in a frame, with the kind the editor gives. Null for an address that is not https.
 */
export function remotePlayer(src: string, kind?: MediaKind): RemotePlayer | null {
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  const host = hostOf(url);
  if (host === 'youtube.com' || host === 'youtu.be' || host === 'youtube-nocookie.com') {
    const id =
      host === 'youtu.be'
        ? url.pathname.slice(1)
        : (url.searchParams.get('v') ?? /^\/(?:embed|shorts|live)\/([^/?#]+)/.exec(url.pathname)?.[1] ?? '');
    if (!/^[\w-]{6,20}$/.test(id)) return null;
    const start = Number.parseInt(url.searchParams.get('t') ?? url.searchParams.get('start') ?? '', 10);
    // The no-cookie host sets no cookies until the reader plays the video.
    const embed = `https://www.youtube-nocookie.com/embed/${id}?autoplay=1${start > 0 ? `&start=${start}` : ''}`;
    return { provider: 'YouTube', host: 'youtube.com', embed, kind: 'video' };
  }
  if (host === 'vimeo.com' || host === 'player.vimeo.com') {
    const id = /(\d{5,})/.exec(url.pathname)?.[1];
    if (!id) return null;
    return {
      provider: 'Vimeo',
      host: 'vimeo.com',
      embed: `https://player.vimeo.com/video/${id}?autoplay=1&dnt=1`,
      kind: 'video',
    };
  }
  if (host === 'soundcloud.com') {
    const embed = `https://w.soundcloud.com/player/?url=${encodeURIComponent(`https://soundcloud.com${url.pathname}`)}&auto_play=true`;
    return { provider: 'SoundCloud', host: 'soundcloud.com', embed, kind: 'audio' };
  }
  if (kind !== 'video' && kind !== 'audio') return null;
  return { provider: host, host, embed: url.href, kind };
}

/** The origin a player's frame loads from: what the pages' Content-Security-Policy must allow as a frame source. */
export function playerOrigin(player: RemotePlayer): string {
  return new URL(player.embed).origin;
}

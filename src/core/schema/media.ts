import { z } from 'astro/zod';
import {
  CAPTION_EXTENSIONS,
  MEDIA_EXTENSIONS,
  MEDIA_KINDS,
  extensionOf,
  isWebAddress,
  kindOfExtension,
  localPathProblem,
  remotePlayer,
} from '../media.ts';
import { plainText, WebUrlSchema } from './plain-text.ts';
import { quoteInput } from './quote-input.ts';

const KNOWN = MEDIA_KINDS.flatMap((kind) => MEDIA_EXTENSIONS[kind].map((e) => `.${e}`)).join(', ');

/** A file's path from the event file's folder: `media/ofsted-2008-cover.jpg`. Whether it exists is checked at build. */
const LocalPath = z.string({
  error: (issue) => `expected a file path like "media/cover.jpg", got ${quoteInput(issue.input)}`,
});

export const MediaSchema = z
  .strictObject({
    src: z
      .string({
        error: (issue) =>
          issue.input === undefined
            ? 'required field is missing'
            : `expected a file path like "media/cover.jpg" or an https address, got ${quoteInput(issue.input)}`,
      })
      .describe(
        `A file in the event file's folder, written from it ("media/ofsted-2008-cover.jpg"; ${KNOWN}), or the https address of a video or audio page (YouTube, Vimeo, SoundCloud, or a broadcaster's player with "kind"). Pictures are never fetched from another site: download them into the folder.`,
      ),
    alt: z
      .string({
        error: (issue) =>
          issue.input === undefined ? 'required field is missing' : `expected text, got ${quoteInput(issue.input)}`,
      })
      .trim()
      .max(300, { error: (issue) => `must be at most 300 characters, got ${String((issue.input as string).length)}` })
      .describe(
        'What the picture shows, for readers who cannot see it (for a video or audio item: what it is, which names its player). Empty ("") only with "decorative": true.',
      ),
    credit: plainText({ max: 200 }).describe('Who made it or owns it: "Ofsted", "Photo: Jane Smith/Example News".'),
    caption: plainText({ max: 500 }).optional().describe('A sentence shown under it.'),
    licence: plainText({ max: 120 })
      .optional()
      .describe('The licence it is used under: "Open Government Licence v3.0", "CC BY 4.0", "© Example News".'),
    sourceUrl: WebUrlSchema.optional().describe('Where the original is published (http or https).'),
    kind: z
      .enum(MEDIA_KINDS, {
        error: (issue) =>
          `expected one of ${MEDIA_KINDS.map((k) => `"${k}"`).join(', ')}, got ${quoteInput(issue.input)}`,
      })
      .optional()
      .describe(
        'image, document, video or audio: taken from the file\'s extension or the site when left out; needed for another site\'s player ("video" or "audio").',
      ),
    decorative: z
      .boolean({ error: (issue) => `expected true or false, got ${quoteInput(issue.input)}` })
      .optional()
      .describe('True for a picture that adds nothing a reader needs (its "alt" is then ""): screen readers skip it.'),
    poster: LocalPath.optional().describe(
      "For video and audio: a still picture in the folder, shown before it plays (for another site's player, instead of anything from that site).",
    ),
    captions: LocalPath.optional().describe(
      'For a video or audio file in the folder: its captions or transcript as WebVTT ("media/interview.vtt").',
    ),
  })
  .superRefine(
    (item, ctx) => {
      const { src, alt, kind, decorative, poster, captions } = item as Record<string, unknown>;
      let resolved: string | undefined;
      if (typeof src === 'string') {
        if (isWebAddress(src)) {
          const player = remotePlayer(src, typeof kind === 'string' ? (kind as never) : undefined);
          if (player) resolved = player.kind;
          else if (!src.startsWith('https:'))
            ctx.addIssue({
              code: 'custom',
              path: ['src'],
              message: `expected a file path or an https address, got ${quoteInput(src)}`,
            });
          else if (kindOfExtension(extensionOf(new URL(src).pathname)) !== undefined)
            ctx.addIssue({
              code: 'custom',
              path: ['src'],
              message: `the build fetches nothing from other sites: download ${quoteInput(src)} into the event file's folder (e.g. media/) and give its path`,
            });
          else
            ctx.addIssue({
              code: 'custom',
              path: ['src'],
              message: `${quoteInput(src)} is not a YouTube, Vimeo or SoundCloud page: for another site's player, give "kind": "video" or "audio"`,
            });
        } else {
          const problem = localPathProblem(src);
          const extension = extensionOf(src);
          const fileKind = kindOfExtension(extension);
          if (problem) ctx.addIssue({ code: 'custom', path: ['src'], message: `${quoteInput(src)}: ${problem}` });
          else if (!fileKind)
            ctx.addIssue({
              code: 'custom',
              path: ['src'],
              message: `${quoteInput(src)}: ${extension ? `".${extension}" is not a kind of file the site can show` : 'the file name has no extension'}; use one of ${KNOWN}`,
            });
          else resolved = fileKind;
          if (fileKind && typeof kind === 'string' && kind !== fileKind)
            ctx.addIssue({
              code: 'custom',
              path: ['kind'],
              message: `"${kind}" does not match the file: ${quoteInput(src)} is ${fileKind === 'image' ? 'an' : 'a'} ${fileKind}`,
            });
        }
      }
      if (decorative === true && typeof alt === 'string' && alt !== '')
        ctx.addIssue({ code: 'custom', path: ['alt'], message: 'a decorative picture has an empty "alt" ("")' });
      if (decorative === true && resolved && resolved !== 'image')
        ctx.addIssue({
          code: 'custom',
          path: ['decorative'],
          message: `only a picture can be decorative, not ${resolved === 'audio' ? 'an' : 'a'} ${resolved}`,
        });
      if (alt === '' && decorative !== true)
        ctx.addIssue({
          code: 'custom',
          path: ['alt'],
          message:
            'is empty: say what it shows for readers who cannot see it, or set "decorative": true if it adds nothing they need',
        });
      for (const [field, value, extensions] of [
        ['poster', poster, MEDIA_EXTENSIONS.image],
        ['captions', captions, CAPTION_EXTENSIONS],
      ] as const) {
        if (typeof value !== 'string') continue;
        if (resolved && resolved !== 'video' && resolved !== 'audio') {
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message: `only video and audio have a ${field === 'poster' ? 'still' : 'captions file'}`,
          });
          continue;
        }
        if (field === 'captions' && typeof src === 'string' && isWebAddress(src)) {
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message: "another site's player shows its own captions; this is for files in the folder",
          });
          continue;
        }
        const problem = isWebAddress(value)
          ? "must be a file in the event file's folder: the build fetches nothing"
          : localPathProblem(value);
        if (problem) ctx.addIssue({ code: 'custom', path: [field], message: `${quoteInput(value)}: ${problem}` });
        else if (!extensions.includes(extensionOf(value)))
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message: `${quoteInput(value)}: expected ${extensions.map((e) => `.${e}`).join(', ')}`,
          });
      }
    },
    { when: () => true },
  );

export type Media = z.output<typeof MediaSchema>;

/** An item's kind: as given, or from its file's extension or its player's site. */
export function mediaKind(item: Pick<Media, 'src' | 'kind'>): (typeof MEDIA_KINDS)[number] {
  if (item.kind) return item.kind;
  if (isWebAddress(item.src)) return remotePlayer(item.src)?.kind ?? 'video';
  return kindOfExtension(extensionOf(item.src)) ?? 'image';
}

import { formatPartialDate, type PartialDate } from '../core/partial-date.ts';
import { filePath, isWebAddress } from '../core/media.ts';
import { mediaKind } from '../core/schema/media.ts';
import type { Dataset } from '../core/schema/dataset.ts';
import type { TimelineEvent } from '../core/schema/event.ts';
import { uiStrings } from '../i18n/ui-strings.ts';

/**
 * A date as TimelineJS takes it. TimelineJS shows a negative year -N as "N BCE", so our astronomical years before
 * year 1 go back one: -0489 (490 BC) becomes -490, 0000 (1 BC) becomes -1.
 */
function tlDate(p: PartialDate) {
  const year = p.year <= 0 ? p.year - 1 : p.year;
  return { year, ...(p.month ? { month: p.month } : {}), ...(p.day ? { day: p.day } : {}) };
}

function escapeHtml(text: string) {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

export interface TimelineJsExportOptions {
  /** The published site's address with its base path ("https://news.example.org/graphics/decade/"), for files. */
  site?: string;
  /** Collects what could not be carried over, one line each, for the editor. */
  notes?: string[];
}

/**
 * An event's first media item as TimelineJS media (TimelineJS has one per slide): a player's page as it is, a
 * document, video or audio file at the address the site publishes it. A picture in the folder has no address of its
 * own (the site publishes only processed copies), so it is left out with a note.
 */
function tlMedia(event: TimelineEvent, options: TimelineJsExportOptions) {
  const item = event.media?.[0];
  if (!item) return undefined;
  if ((event.media?.length ?? 0) > 1)
    options.notes?.push(
      `${event.id}: TimelineJS shows one media item per slide; only the first (${item.src}) is exported`,
    );
  let url: string | undefined;
  if (isWebAddress(item.src)) url = item.src;
  else if (mediaKind(item) !== 'image' && options.site) url = new URL(filePath(item.src).slice(1), options.site).href;
  if (!url) {
    options.notes?.push(
      `${event.id}: ${item.src} is not exported: TimelineJS shows media from a web address; publish the file and add its address`,
    );
    return undefined;
  }
  return {
    url,
    credit: escapeHtml(item.credit),
    ...(item.caption ? { caption: escapeHtml(item.caption) } : {}),
    ...(item.alt ? { alt: item.alt } : {}),
  };
}

/**
 * Our events as TimelineJS3 JSON: type becomes group, id becomes unique_id, sources become links in the text, the
 * first media item becomes the slide's media, an approximate (circa) date its display date. Nobody is locked in.
 */
export function toTimelineJs(
  file: Pick<Dataset, 'title' | 'description' | 'events'> & { language?: string | undefined },
  options: TimelineJsExportOptions = {},
) {
  const language = file.language ?? 'en-GB';
  const words = uiStrings(language);
  return {
    title: { text: { headline: escapeHtml(file.title), text: escapeHtml(file.description ?? '') } },
    events: file.events.map((e) => {
      const media = tlMedia(e, options);
      return {
        unique_id: e.id,
        group: e.type,
        start_date: tlDate(e.date),
        ...(e.end ? { end_date: tlDate(e.end) } : {}),
        ...(e.date.circa ? { display_date: formatPartialDate(e.date, language, words) } : {}),
        text: {
          headline: escapeHtml(e.title),
          text: [
            `<p>${escapeHtml(e.summary)}</p>`,
            ...e.sources.map(
              (s) =>
                `<p>${s.url ? `<a href="${escapeHtml(s.url)}">` : ''}${escapeHtml(`${s.publisher}: ${s.title !== undefined ? `“${s.title}”` : s.description}`)}${s.url ? '</a>' : ''}</p>`,
            ),
          ].join(''),
        },
        ...(media ? { media } : {}),
      };
    }),
  };
}

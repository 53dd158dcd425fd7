import { EVENT_TYPES, isEventType } from '../../core/event-types.ts';
import { parsePartialDate } from '../../core/partial-date.ts';
import { extensionOf, kindOfExtension, remotePlayer } from '../../core/media.ts';
import { firstSentences, htmlToText } from './html-to-text.ts';
import type { ImportResult } from './import-result.ts';
import { readCsv } from './csv-template.ts';
import { slugify, uniqueIds } from './slug.ts';

/** TimelineJS3's JSON format (its documentation's names). */
interface TlDate {
  year?: number | string;
  month?: number | string;
  day?: number | string;
  display_date?: string;
}
interface TlText {
  headline?: string;
  text?: string;
}
interface TlMedia {
  url?: string;
  caption?: string;
  credit?: string;
  alt?: string;
}
interface TlSlide {
  start_date?: TlDate;
  end_date?: TlDate;
  text?: TlText;
  media?: TlMedia;
  group?: string;
  display_date?: string;
  unique_id?: string;
}
export interface TlFile {
  title?: TlSlide;
  events?: TlSlide[];
  eras?: TlSlide[];
}

export interface TimelineJsOptions {
  /** "Group A=report,Group B=case" */
  typeMap?: string;
  /** One type for every event. */
  type?: string;
  /** "Publisher|Headline|URL", applied to events with no source (TimelineJS has none). */
  source?: string;
}

const SUMMARY_MAX = 500;

function num(value: number | string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : NaN;
}

/**
 * A TimelineJS date object as our partial date, or the reason it cannot be one. TimelineJS shows a negative year -N
 * as "N BCE", so that is what its author meant: 490 BC, which our astronomical numbering writes -0489 (year 0 is
 * 1 BC). Its year 0 has no meaning in BC/AD counting and is refused. `ancient` marks a year before 1000, which needs
 * the file's "ancientDates".
 */
export function fromTlDate(date: TlDate | undefined): { value?: string; problem?: string; ancient?: boolean } {
  if (!date) return {};
  const year = num(date.year);
  const month = num(date.month);
  const day = num(date.day);
  if (year === undefined || Number.isNaN(year) || !Number.isInteger(year))
    return { problem: `no usable year (${JSON.stringify(date.year)})` };
  if (year === 0)
    return {
      problem:
        'year 0: TimelineJS shows it as "0", which is no year in BC/AD counting; give the year you meant (1 for AD 1, -1 for 1 BC)',
    };
  if (year < -999_999 || year > 9999) return { problem: `year ${year} is out of range` };
  // -N (N BC as TimelineJS shows it) is astronomical year 1 - N.
  const astronomical = year < 0 ? year + 1 : year;
  const parts = [
    astronomical < 0 ? `-${String(-astronomical).padStart(4, '0')}` : String(astronomical).padStart(4, '0'),
  ];
  if (month !== undefined && !Number.isNaN(month)) {
    parts.push(String(month).padStart(2, '0'));
    if (day !== undefined && !Number.isNaN(day)) parts.push(String(day).padStart(2, '0'));
  }
  const value = parts.join('-');
  if (!parsePartialDate(value)) return { problem: `${JSON.stringify(date)} is not a real date` };
  return { value, ...(astronomical < 1000 ? { ancient: true } : {}) };
}

/** A display date that says the date is approximate ("c. 1850", "circa 1850", "about 1850"): the event is circa. */
const APPROXIMATE = /^\s*(?:c\.|ca\.?|circa\b|about\b|around\b|approx(?:\.|imately\b))/i;

function parseTypeMap(text: string | undefined): Map<string, string> {
  const map = new Map<string, string>();
  for (const pair of (text ?? '').split(',')) {
    const [group, type] = pair.split('=').map((s) => s?.trim());
    if (group && type) map.set(group, type);
  }
  return map;
}

/** Converts a TimelineJS file to our event file. Groups must map to our four types; an unmapped group is an error listing every group found. */
export function importTimelineJs(tl: TlFile, options: TimelineJsOptions = {}): ImportResult {
  const skipped: string[] = [];
  const warnings: string[] = [];
  const slides = tl.events ?? [];
  const typeMap = parseTypeMap(options.typeMap);
  const groups = [...new Set(slides.map((s) => s.group ?? ''))];
  const typeFor = (group: string): string | undefined => {
    if (options.type) return options.type;
    if (typeMap.has(group)) return typeMap.get(group);
    return isEventType(group.toLowerCase()) ? group.toLowerCase() : undefined;
  };
  const unmapped = groups.filter((g) => !typeFor(g));
  if (unmapped.length > 0) {
    const found = groups.map((g) => (g ? `"${g}"` : '(no group)')).join(', ');
    throw new Error(
      `Every TimelineJS group needs one of our types (${EVENT_TYPES.join(', ')}). Groups found: ${found}. Unmapped: ${unmapped.map((g) => (g ? `"${g}"` : '(no group)')).join(', ')}. Use --type-map "Group A=report,Group B=case" or --type inspection.`,
    );
  }
  for (const [group, type] of typeMap)
    if (!isEventType(type))
      throw new Error(`--type-map maps "${group}" to "${type}", which is not one of ${EVENT_TYPES.join(', ')}`);
  if (options.type && !isEventType(options.type))
    throw new Error(`--type "${options.type}" is not one of ${EVENT_TYPES.join(', ')}`);

  const [publisher, headline, url] = (options.source ?? '').split('|').map((s) => s.trim());
  const fallbackSource = publisher && headline ? { publisher, title: headline, ...(url ? { url } : {}) } : undefined;
  let sourcesApplied = 0;
  let ancient = 0;
  const nextId = uniqueIds();
  const events: Record<string, unknown>[] = [];
  slides.forEach((slide, index) => {
    const heading = htmlToText(slide.text?.headline ?? '').text;
    const where = `events[${index}]${heading ? ` ("${heading.slice(0, 50)}")` : ''}`;
    const start = fromTlDate(slide.start_date);
    if (!start.value) {
      skipped.push(`${where}: start_date: ${start.problem ?? 'missing'}`);
      return;
    }
    const end = fromTlDate(slide.end_date);
    if (end.problem) skipped.push(`${where}: end_date dropped: ${end.problem}`);
    const text = htmlToText(slide.text?.text ?? '');
    const event: Record<string, unknown> = {
      id: nextId(slugify(slide.unique_id || `${start.value} ${heading}`)),
      type: typeFor(slide.group ?? ''),
      date: start.value,
      ...(end.value ? { end: end.value } : {}),
      title: heading || text.text.slice(0, 100) || start.value,
    };
    const paragraphs = text.markdown.split(/\n{2,}/);
    if (text.text.length > SUMMARY_MAX || text.hasLinks || paragraphs.length > 1) {
      // The first paragraph is the lede: it becomes the summary, and the whole text is kept in the body.
      const lede = htmlToText(slide.text?.text?.match(/<p[^>]*>([\s\S]*?)<\/p>/i)?.[1] ?? '').text || text.text;
      event.summary = firstSentences(lede, SUMMARY_MAX);
      event.body = text.markdown;
    } else {
      event.summary = text.text || heading;
    }
    if (start.ancient || end.ancient) ancient++;
    const kept: string[] = [];
    const display = slide.display_date ?? slide.start_date?.display_date;
    // An approximate display date makes the event circa ("c. 1850" on our pages); any other is kept in the note.
    if (display && APPROXIMATE.test(htmlToText(display).text)) event.circa = true;
    else if (display) kept.push(`TimelineJS showed the date as "${display}".`);
    if (slide.media?.url) {
      const url = slide.media.url.trim();
      const caption = slide.media.caption ? htmlToText(slide.media.caption).text : '';
      const credit = slide.media.credit ? htmlToText(slide.media.credit).text : '';
      const alt = slide.media.alt ? htmlToText(slide.media.alt).text : '';
      const player = remotePlayer(url);
      const file = URL.parse(url);
      const kind = file && /^https?:$/.test(file.protocol) ? kindOfExtension(extensionOf(file.pathname)) : undefined;
      if (player && credit) {
        // A YouTube, Vimeo or SoundCloud page: our click-to-load player. Its alt says what it is.
        event.media = [{ src: url, alt: alt || caption || heading, credit, ...(caption ? { caption } : {}) }];
      } else {
        event.body = [
          event.body,
          `Media: ${url}${caption || credit ? ` (${[caption, credit].filter(Boolean).join('; ')})` : ''}`,
        ]
          .filter(Boolean)
          .join('\n\n');
        if (player)
          warnings.push(`${where}: media ${url} has no credit: kept in the body; add it to "media" with its credit`);
        else if (kind)
          // The build fetches nothing from other sites: a picture or document on the web is for the editor to download.
          warnings.push(
            `${where}: download ${url} into media/ (with the right to use it) and add it to "media" with alt text${credit ? ` and the credit "${credit}"` : ' and a credit'}; kept in the body until then`,
          );
        else
          warnings.push(`${where}: media ${url} is not a picture, document or player the site shows: kept in the body`);
      }
    }
    if (kept.length) event.note = kept.join(' ');
    if (fallbackSource) {
      event.sources = [fallbackSource];
      sourcesApplied++;
    } else {
      event.sources = [];
    }
    events.push(event);
  });
  if (fallbackSource)
    warnings.push(
      `--source was applied to ${sourcesApplied} event${sourcesApplied === 1 ? '' : 's'} (TimelineJS has no sources): replace it with each event's own source`,
    );
  else if (events.length)
    warnings.push('TimelineJS has no sources: give --source "Publisher|Headline|URL", or add a source to each event');

  if (ancient)
    warnings.push(
      `${ancient} event${ancient === 1 ? ' is' : 's are'} dated before the year 1000, so the file sets "ancientDates": true; TimelineJS's year -490 (shown as 490 BCE) is written -0489, astronomical numbering where 0000 is 1 BC`,
    );
  const titleText = htmlToText(tl.title?.text?.headline ?? '').text;
  const intro = htmlToText(tl.title?.text?.text ?? '').text;
  const eras = (tl.eras ?? [])
    .map((era) => {
      const name = htmlToText(era.text?.headline ?? '').text;
      const from = fromTlDate(era.start_date).value;
      const to = fromTlDate(era.end_date).value;
      return name ? `${name}${from ? ` (${from}${to ? `–${to}` : ''})` : ''}` : '';
    })
    .filter(Boolean);
  const description = [intro, eras.length ? `Eras: ${eras.join('; ')}.` : ''].filter(Boolean).join(' ');
  return {
    file: {
      $schema: './events.schema.json',
      title: titleText || 'Imported timeline',
      ...(description ? { description: firstSentences(description, 500) } : {}),
      language: 'en-GB',
      ...(ancient ? { ancientDates: true } : {}),
      events,
    },
    skipped,
    warnings,
  };
}

/** TimelineJS's Google Sheets template, exported as CSV: recognised by its header. */
export function isTimelineJsSheet(header: string[]): boolean {
  return ['Year', 'Headline', 'Text'].every((column) => header.includes(column));
}

/** Reads the TimelineJS sheet into its JSON form (title row, era rows, event rows), so both go through one importer. */
export function timelineJsSheetToJson(text: string): TlFile {
  const { rows } = readCsv(text);
  const file: TlFile = { events: [], eras: [] };
  for (const { cells } of rows) {
    const slide: TlSlide = {
      start_date: { year: cells.Year, month: cells.Month, day: cells.Day },
      ...(cells['End Year']
        ? { end_date: { year: cells['End Year'], month: cells['End Month'], day: cells['End Day'] } }
        : {}),
      text: { headline: cells.Headline, text: cells.Text },
      ...(cells.Media
        ? { media: { url: cells.Media, caption: cells['Media Caption'], credit: cells['Media Credit'] } }
        : {}),
      ...(cells.Group ? { group: cells.Group } : {}),
      ...(cells['Display Date'] ? { display_date: cells['Display Date'] } : {}),
    };
    const kind = (cells.Type ?? '').toLowerCase();
    if (kind === 'title') file.title = slide;
    else if (kind === 'era') file.eras!.push(slide);
    else file.events!.push(slide);
  }
  return file;
}

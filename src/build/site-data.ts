import { statSync } from 'node:fs';
import { chooseStrings, directionOf, missingTranslationWarning, uiStrings } from '../i18n/ui-strings.ts';
import { InvalidEventFileError, resolveEventsFile } from './events-file.ts';
import { resolveClassroomFile } from './classroom-file.ts';
import { validateSiteFiles } from './site-files.ts';
import { countByType, groupByYear, sortEvents, yearSpan } from '../core/summarize-dataset.ts';
import { formatMessage, type Message, type MessageValues } from '../core/messages.ts';
import { formatPartialDate, formatYear } from '../core/partial-date.ts';
import { binEnd } from '../core/year-bins.ts';
import { withBase } from '../core/site-url.ts';
import { overviewOf } from '../core/overview.ts';
import { sourceReferences } from '../core/source-references.ts';

/** Up to this many events `/` lists every event; past it, `/` lists years and each year has its own page. */
export const FULL_LIST_LIMIT = 600;

function computeSite(eventsFile: string, classroomFile: string | undefined) {
  const files = validateSiteFiles(eventsFile, classroomFile);
  if (!files.ok) throw new InvalidEventFileError(files.problems);
  const { data: story, classroom } = files;
  const events = sortEvents(story.events);
  const language = story.language;
  const t = uiStrings(language, { topic: story.contentNote?.topic });
  const warning = missingTranslationWarning(chooseStrings(language));
  if (warning) console.warn(`${eventsFile}: ${warning}`);
  const listMode: 'full' | 'years' = events.length > FULL_LIST_LIMIT ? 'years' : 'full';
  let overview: ReturnType<typeof overviewOf> | undefined;
  /** A year as headings, axes and year pages write it: "2008", "491 BC". */
  const yearLabel = (year: number) => formatYear(year, language, t);
  let references: ReturnType<typeof sourceReferences> | undefined;
  return {
    story,
    classroom,
    events,
    byId: new Map(events.map((event) => [event.id, event])),
    position: new Map(events.map((event, i) => [event.id, i])),
    years: groupByYear(events),
    span: yearSpan(events),
    counts: countByType(events),
    language,
    /** The writing direction of the story's language: every page's `<html dir>`. */
    dir: directionOf(language),
    t,
    /** Joins pieces of interface text the language's way: "name, role, dates" (Arabic: "name، role"). */
    join: (parts: readonly (string | undefined | false)[], separator: 'comma' | 'semicolon' = 'comma') =>
      parts.filter((part): part is string => Boolean(part)).join(t.punctuation[separator]),
    listMode,
    /**
     * Whether each event gets its own share image, embed card and oEmbed file. Each costs build time; past the
     * full-list limit the site-level ones serve (one event embeds with /embed/?event=<id>).
     */
    perEventExtras: listMode === 'full',
    /** The overview chart's model and layout (drawn in the page, sent to the browser as numbers). */
    get overview() {
      return (overview ??= overviewOf(events, story.focus, yearLabel));
    },
    yearLabel,
    /** The years one of the overview's bars counts: "2008", or "1900 – 1909" where a bar stands for several years. */
    binLabel(start: number) {
      const size = this.overview.layout.binYears;
      return size === 1 ? yearLabel(start) : `${yearLabel(start)} – ${yearLabel(binEnd(start, size) - 1)}`;
    },
    /** Every distinct source numbered once, for the printed reference (/print/). */
    get references() {
      return (references ??= sourceReferences(events));
    },
    updated: story.updated ? { date: story.updated, text: formatPartialDate(story.updated, language, t) } : undefined,
    /** Interface text with values, in the story's language. */
    format: (message: Message, values?: MessageValues) => formatMessage(message, values, language),
    /** A site path under the base path the site is published at. */
    path: (path: string) => withBase(path),
    /** The absolute address of a site path (SITE_URL and BASE_PATH). */
    url: (path: string) => new URL(withBase(path), import.meta.env.SITE).href,
  };
}

export type Site = ReturnType<typeof computeSite>;

let cached: { key: string; site: Site } | undefined;

/**
 * Everything the pages show from the event and classroom files, validated and derived once: thousands of pages
 * share it. It is worked out again when a file changes (the dev server edits them while it runs).
 */
export function getSite(): Site {
  const eventsFile = resolveEventsFile();
  const classroomFile = resolveClassroomFile();
  const key = [eventsFile, classroomFile]
    .map((file) => {
      const stat = file ? statSync(file, { throwIfNoEntry: false }) : undefined;
      return `${file}@${stat?.mtimeMs ?? 0}:${stat?.size ?? 0}`;
    })
    .join('|');
  if (cached?.key !== key) cached = { key, site: computeSite(eventsFile, classroomFile) };
  return cached.site;
}

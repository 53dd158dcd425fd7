// Event ids become element ids on the pages that list events (`/`, `/embed/`, the year pages), and the pages have
// ids of their own. An event with the id "timeline" or "main" would take the page's element's place as a link
// target, so the schema refuses ids the pages use. A build test checks this list against every id the pages carry.

/** Ids the pages use for their own elements. */
export const PAGE_IDS: readonly string[] = [
  'main',
  'events',
  'overview',
  'timeline',
  'cite',
  'glossary',
  'questions',
  'activity',
  'offline',
  'content-note',
  'data',
  'story',
];

/** Prefixes of ids the pages make from other names (years, types, terms, slides), and the parts of each component. */
export const PAGE_ID_PREFIXES: readonly string[] = [
  'year-',
  'fill-',
  'embed-',
  'slide-',
  'term-',
  'filter-',
  'overview-',
  'timeline-',
  'detail-',
  'counts-',
  'related-',
  'cite-',
  'classroom-',
  'present-',
  'table-',
  'chapter-',
  'view-',
  'data-',
  'handout-',
  'print-',
  'story-',
];

/** Each list entry's title has the id `<event id>-title`. */
export const PAGE_ID_SUFFIXES: readonly string[] = ['-title', '-heading'];

export function isReservedId(id: string): boolean {
  return (
    PAGE_IDS.includes(id) ||
    PAGE_ID_PREFIXES.some((prefix) => id.startsWith(prefix)) ||
    PAGE_ID_SUFFIXES.some((suffix) => id.endsWith(suffix))
  );
}

// The student handout (/handout/): what goes on at most four printed pages. The build cannot measure the printed page,
// so it estimates every block's height from the text widths (text-width.ts errs on the wide side) at the sizes
// src/styles/handout.css sets, and chooses what to show: every event in the chronology when it all fits, otherwise
// the key moments and a count of the rest. The browser tests print the page and count its pages on A4 and US Letter.
import { textWidth } from './text-width.ts';
import type { OverviewLayout } from './overview-layout.ts';
import type { WidthText } from './overview-text.ts';
import type { TimelineEvent } from './schema/event.ts';

/** CSS px in a millimetre (96 px to the inch). */
const MM = 96 / 25.4;

/**
 * The handout's paper and type, in CSS px. The page is the narrower of A4 and US Letter (A4, 210 mm) and the shorter
 * (Letter, 279.4 mm), less the 12 mm margins of src/styles/handout.css. Sizes and line heights match that file.
 */
export const HANDOUT = {
  pages: 4,
  width: (210 - 24) * MM,
  height: (279.4 - 24) * MM,
  /** The share of the pages counted on: blocks are not split across pages, so the foot of a page is often left empty. */
  fill: 0.85,
  title: { size: 26, line: 32 },
  body: { size: 14, line: 19 },
  note: { size: 12.5, line: 17 },
  heading: 30,
  moment: { size: 13.5, line: 18, gap: 8 },
  chronology: { size: 12, line: 15.5, columnGap: 24, markWidth: 16, gap: 6 },
  /** The chart's fixed parts at paper width: caption, focus label, axis and legend, and the overview's padding. */
  chart: { fixed: 170, padding: 32 },
  /** The column beside the title and introduction with the QR code and the web address. */
  link: 136,
  /** The line of sources and the web address under the chronology. */
  footer: 60,
} as const;

/** How many lines `text` takes set at `size` px in a column `width` px wide (estimated on the wide side). */
export function linesOf(text: string, size: number, width: number, bold = false): number {
  let lines = 1;
  let used = 0;
  const space = textWidth(' ', size, bold);
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let w = textWidth(word, size, bold);
    if (used > 0 && used + space + w > width) {
      lines += 1;
      used = 0;
    } else if (used > 0) used += space;
    // A word longer than the line breaks across lines (overflow-wrap: anywhere).
    while (used + w > width) {
      w -= width - used;
      lines += 1;
      used = 0;
    }
    used += w;
  }
  return lines;
}

/** The first `count` sentences of `text`, as the language splits sentences. */
export function firstSentences(text: string, count: number, language: string): string {
  const segments = [...new Intl.Segmenter(language, { granularity: 'sentence' }).segment(text)];
  return segments
    .slice(0, count)
    .map((s) => s.segment)
    .join('')
    .trim();
}

/** The overview's height in px at paper width (the 600–1039 px layout, index 1 of OVERVIEW_WIDTHS). */
export function overviewPaperHeight(layout: OverviewLayout, text: WidthText): number {
  const callouts = layout.highlights.length ? text.callouts.rows * 24 + 10 : 0;
  const ratings = layout.ratings.length ? 46 : 0;
  const tenures = layout.tenures.length ? 24 + text.tenures.lanes * 24 : 0;
  return HANDOUT.chart.fixed + callouts + layout.height + ratings + tenures;
}

export interface HandoutInput {
  /** Every event, in time order. */
  events: readonly TimelineEvent[];
  /** Each event's date as the chronology writes it. */
  dates: ReadonlyMap<string, string>;
  /** The summary each key moment shows. */
  summaries: ReadonlyMap<string, string>;
  /** Page one's paragraphs at body size: the introduction (beside the QR code), then the content note and help lines. */
  paragraphs: readonly string[];
  /** The overview chart's height in px at paper width. */
  chartHeight: number;
}

export interface HandoutPlan {
  /** The key moments shown with their summaries. */
  moments: TimelineEvent[];
  /** Key moments left out for room. */
  momentsLeft: number;
  /** Whether the chronology lists every event, or the key moments only. */
  chronology: 'all' | 'key-moments';
  /** The events the chronology lists. */
  listed: TimelineEvent[];
  /** Events the chronology leaves out. */
  notListed: number;
  /** The chronology's date column, in px. */
  dateWidth: number;
  /** The estimated height of everything, in px, against the room on the pages. */
  estimate: { used: number; room: number };
}

/** Chooses what the handout shows so that it fits on `HANDOUT.pages` pages. */
export function planHandout(input: HandoutInput): HandoutPlan {
  const H = HANDOUT;
  const room = H.pages * H.height * H.fill;
  const text = H.width;
  const [intro = '', ...paragraphs] = input.paragraphs;
  const fixed =
    Math.max(H.title.line * 2 + linesOf(intro, H.body.size, text - H.link) * H.body.line, H.link + 40) +
    paragraphs.reduce((sum, p) => sum + linesOf(p, H.body.size, text) * H.body.line + 8, 0) +
    input.chartHeight +
    H.footer +
    2 * H.heading;
  const dateWidth = Math.max(0, ...input.events.map((e) => textWidth(input.dates.get(e.id) ?? '', H.chronology.size)));
  const column = (text - H.chronology.columnGap) / 2;
  const titleWidth = column - dateWidth - H.chronology.markWidth - 2 * H.chronology.gap;
  const entry = (e: TimelineEvent) => linesOf(e.title, H.chronology.size, titleWidth, e.highlight) * H.chronology.line;
  // Two columns: half the entries' height, plus one entry for the uneven split and a line for the note under it.
  const chronology = (list: readonly TimelineEvent[]) =>
    list.length ? list.reduce((sum, e) => sum + entry(e), 0) / 2 + H.chronology.line * 3 : H.chronology.line * 2;
  const moment = (e: TimelineEvent) =>
    (linesOf(`${input.dates.get(e.id) ?? ''} ${e.title}`, H.moment.size, text - 20, true) +
      linesOf(input.summaries.get(e.id) ?? e.summary, H.moment.size, text)) *
      H.moment.line +
    H.moment.gap;
  const keyMoments = input.events.filter((e) => e.highlight);
  const momentsHeight = (list: readonly TimelineEvent[]) => list.reduce((sum, e) => sum + moment(e), 0);
  const plan = (moments: TimelineEvent[], listed: TimelineEvent[], all: boolean): HandoutPlan => ({
    moments,
    momentsLeft: keyMoments.length - moments.length,
    chronology: all ? 'all' : 'key-moments',
    listed,
    notListed: input.events.length - listed.length,
    dateWidth,
    estimate: { used: Math.round(fixed + momentsHeight(moments) + chronology(listed)), room: Math.round(room) },
  });
  const full = plan(keyMoments, [...input.events], true);
  if (full.estimate.used <= room) return full;
  // Too long: the chronology lists the key moments, and as many of them as fit, in time order.
  for (let n = keyMoments.length; n > 0; n--) {
    const shown = keyMoments.slice(0, n);
    const candidate = plan(shown, shown, false);
    if (candidate.estimate.used <= room) return candidate;
  }
  return plan([], [], false);
}

/**
 * A web address cut where a printed line may break it, as style guides do: after the scheme's `//` and after each
 * `/`, and before each `.`, `?`, `#` or `-` (so a reader copying it by hand never meets a break inside a word). The
 * pieces joined are the address.
 */
export function urlPieces(url: string): string[] {
  return url.split(/(?<=\/)(?=[^/])|(?=[.?#-])/).filter(Boolean);
}

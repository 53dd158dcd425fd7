// Where the timeline is crowded, the events of one lane that fall in the same stretch of time are drawn as one
// "N events" block, which zooms in when chosen. vis-timeline has clustering of its own, but with lanes it drew
// nothing at all at coarse zoom (found with 1,000 and 10,000 events), so the grouping is done here, in plain data.
import { YEAR_MS } from './event-types.ts';
import { inRange, type TimeRange } from './loaded-range.ts';
import { toTimelineItem, type TimelineItem } from './timeline-items.ts';
import type { ClientEvent } from './timeline-payload.ts';

/** Bin widths in months. Bins are calendar-aligned (whole months and years, in UTC), so they never jitter as the window moves. */
const STEPS_IN_MONTHS = [1, 3, 6, 12, 24, 60, 120, 240, 600, 1200, 2400, 6000];
const MONTH = YEAR_MS / 12;

/** The narrowest bin that still puts no more than `binsPerWindow` bins across the window. */
export function binMonthsFor(windowSpan: number, binsPerWindow: number): number {
  const wanted = windowSpan / Math.max(1, binsPerWindow);
  return STEPS_IN_MONTHS.find((months) => months * MONTH >= wanted) ?? STEPS_IN_MONTHS.at(-1)!;
}

/** The bin of `months` months that holds an instant: its index and its UTC start and (exclusive) end. */
export function binOf(time: number, months: number): { index: number; start: number; end: number } {
  const date = new Date(time);
  const monthsSince1970 = (date.getUTCFullYear() - 1970) * 12 + date.getUTCMonth();
  const index = Math.floor(monthsSince1970 / months);
  return { index, start: Date.UTC(1970, index * months, 1), end: Date.UTC(1970, (index + 1) * months, 1) };
}

/** A loaded span widened to whole bins, so no bin is counted from only part of its events. */
export function alignToBins(range: TimeRange, months: number): TimeRange {
  return { start: binOf(range.start, months).start, end: binOf(range.end, months).end - 1 };
}

export interface BlockItem extends TimelineItem {
  /** How many events the block stands for. */
  count: number;
}

export interface CrowdingOptions {
  /** The span whose events are drawn. */
  loaded: TimeRange;
  binMonths: number;
  /** Always drawn on its own: the selected event, so it can be shown and focused. */
  keep?: string;
  /** The block's text, e.g. "12 events". */
  label: (count: number) => string;
  /** Up to this many events in the loaded span, every event is drawn on its own. */
  crowdedAbove?: number;
  /** In a crowded span, a lane's bin with more events than this becomes one block. */
  maxPerBin?: number;
}

export function isBlock(item: TimelineItem): item is BlockItem {
  return 'count' in item;
}

/** The items to draw for the events (already filtered, in time order) in the loaded span. */
export function itemsToDraw(events: readonly ClientEvent[], options: CrowdingOptions): TimelineItem[] {
  const { loaded, binMonths, keep, label, crowdedAbove = 150, maxPerBin = 3 } = options;
  const inSpan = events.filter((e) => e.id === keep || inRange(loaded, e.start, e.stop));
  if (inSpan.length <= crowdedAbove) return inSpan.map(toTimelineItem);
  const bins = new Map<string, ClientEvent[]>();
  const items: TimelineItem[] = [];
  for (const event of inSpan) {
    if (event.id === keep) {
      items.push(toTimelineItem(event));
      continue;
    }
    const key = `${event.type}:${binOf(event.start, binMonths).index}`;
    const bin = bins.get(key);
    if (bin) bin.push(event);
    else bins.set(key, [event]);
  }
  for (const bin of bins.values()) {
    if (bin.length <= maxPerBin) {
      items.push(...bin.map(toTimelineItem));
      continue;
    }
    const { type } = bin[0]!;
    const { index, start, end } = binOf(bin[0]!.start, binMonths);
    // Drawn a little inside its bin, so blocks side by side sit in one row instead of stacking.
    const inset = (end - start) * 0.04;
    const block: BlockItem = {
      id: `block:${type}:${binMonths}:${index}`,
      group: type,
      start: start + inset,
      end: end - inset,
      type: 'range',
      content: label(bin.length),
      className: `tl-block tl-item--${type}`,
      count: bin.length,
    };
    items.push(block);
  }
  return items;
}

/** What to change in the drawn items to reach `next`: ids to remove, and items to add or update. */
export function diffItems(
  current: ReadonlyMap<string, TimelineItem>,
  next: readonly TimelineItem[],
): { remove: string[]; upsert: TimelineItem[] } {
  const nextIds = new Set(next.map((item) => item.id));
  const remove = [...current.keys()].filter((id) => !nextIds.has(id));
  const upsert = next.filter((item) => {
    const was = current.get(item.id);
    return (
      !was ||
      was.content !== item.content ||
      was.className !== item.className ||
      was.start !== item.start ||
      was.end !== item.end
    );
  });
  return { remove, upsert };
}

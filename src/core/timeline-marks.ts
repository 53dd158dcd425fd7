// What the timeline draws in each lane's marker row: one marker per event where there is room, and where markers
// would overlap (their 24 px targets touching), one cluster that stands for them all and zooms in when chosen.
// Pure, so it can be tested: the browser only positions what this returns.
import { EVENT_TYPES, type EventType } from './event-types.ts';

/** A marker's target, in px (WCAG 2.5.8: at least 24 by 24). */
export const MARK_SIZE = 24;

export interface MarkInput {
  id: string;
  lane: EventType;
  /** The event's x (a range's start), in px. */
  x: number;
  /** Events it stands for: 1 for an event, more for a block of a crowded stretch (src/core/crowding.ts). */
  count: number;
  /** Its span in time (UTC ms), so a cluster knows what to zoom in to. */
  start: number;
  end: number;
  /** A block's own box, in px; events get a MARK_SIZE box centred on x. */
  box?: { left: number; right: number };
  /** One of the story's turning points: like the kept event, it stands for any cluster it falls in. */
  prominent?: boolean;
}

export interface Mark {
  /** The event's id, the block's id, or for a cluster its first member's id prefixed with "cluster:". */
  id: string;
  lane: EventType;
  kind: 'event' | 'block' | 'cluster';
  left: number;
  right: number;
  x: number;
  count: number;
  start: number;
  end: number;
  /** The events and blocks it stands for. */
  members: string[];
  /** For the kept event drawn on behalf of a cluster: how many other events share its place. */
  others: number;
}

function single(item: MarkInput): Mark & { prominent?: boolean } {
  const left = item.box?.left ?? item.x - MARK_SIZE / 2;
  const right = item.box?.right ?? item.x + MARK_SIZE / 2;
  const kind = item.box ? 'block' : 'event';
  const { box: _box, ...rest } = item;
  return { ...rest, kind, left, right, members: [item.id], others: 0 };
}

/**
 * Groups each lane's markers so no two targets overlap. The kept event (selected or focused) is never hidden inside
 * a cluster: a cluster that holds it is drawn as that event, with the count of the others beside it; so is a cluster
 * that holds a prominent event (a turning point of the story), which is always labelled.
 */
export function groupMarks(items: readonly MarkInput[], keep?: string): Mark[] {
  const marks: Mark[] = [];
  for (const lane of EVENT_TYPES) {
    const inLane = items
      .filter((i) => i.lane === lane)
      .map(single)
      .sort((a, b) => a.left - b.left || a.x - b.x);
    let group: Mark[] = [];
    let right = -Infinity;
    const flush = () => {
      if (group.length > 0) marks.push(merge(group, keep));
      group = [];
    };
    for (const mark of inLane) {
      if (mark.left < right) {
        group.push(mark);
        right = Math.max(right, mark.right);
      } else {
        flush();
        group = [mark];
        right = mark.right;
      }
    }
    flush();
  }
  return marks;
}

function merge(group: (Mark & { prominent?: boolean })[], keep: string | undefined): Mark {
  if (group.length === 1) return strip(group[0]!);
  const kept =
    group.find((m) => m.kind === 'event' && m.id === keep) ?? group.find((m) => m.kind === 'event' && m.prominent);
  const count = group.reduce((sum, m) => sum + m.count, 0);
  const base = {
    lane: group[0]!.lane,
    left: Math.min(...group.map((m) => m.left)),
    right: Math.max(...group.map((m) => m.right)),
    count,
    start: Math.min(...group.map((m) => m.start)),
    end: Math.max(...group.map((m) => m.end)),
    members: group.flatMap((m) => m.members),
  };
  if (kept) return { ...base, id: kept.id, kind: 'event', x: kept.x, others: count - 1 };
  const x = (base.left + base.right) / 2;
  return { ...base, id: `cluster:${group[0]!.id}`, kind: 'cluster', x, others: 0 };
}

function strip(mark: Mark & { prominent?: boolean }): Mark {
  const { prominent: _prominent, ...rest } = mark;
  return rest;
}

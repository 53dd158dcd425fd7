// What the timeline's parts share about vis-timeline: the lane geometry, the items it is given, and the few
// internals they read (its time-to-pixel conversion, the centre panel's width, each lane's layer).
import type { EventType } from '../core/event-types.ts';

/** Lane geometry, in px (timeline.css sizes the lanes with the same numbers): a 24 px marker row, then label rows. */
export const LANE = { top: 6, mark: 24, row: 20 } as const;

/** What vis-timeline holds for one marker, cluster or bar. */
export interface VisItem {
  id: string;
  group: EventType;
  type: 'box' | 'range';
  start: number;
  end?: number;
  className: string;
  /** The marker's width in px: a change makes vis-timeline measure the item again. */
  width?: number;
}

/** vis-timeline's internals this relies on: its time-to-pixel conversion, the centre panel's width, each lane's layer. */
export interface VisInternals {
  body: {
    util: { toScreen: (t: number) => number; toTime: (x: number) => Date };
    domProps: { center: { width: number } };
  };
  itemSet: { groups: Record<string, { dom: { foreground: HTMLElement } } | undefined> };
}

// vis-timeline builds an item object for everything it is given, whether or not it is in view:
// at 10,000 events that alone took over half a second before the timeline could appear.
// So it is given only the events near the visible window, and that span follows the window as the reader moves.

export interface TimeRange {
  start: number;
  end: number;
}

/** The span whose events the timeline holds: the visible window and `margin` windows' width either side. */
export function loadedRangeFor(window: TimeRange, margin = 1): TimeRange {
  const span = window.end - window.start;
  return { start: window.start - span * margin, end: window.end + span * margin };
}

/**
 * Whether to load a new span: the window has come within half a window of an edge of what is loaded
 * (so panning never shows an empty stretch), or the reader has zoomed far in and most of what is loaded is far away.
 */
export function needsReload(window: TimeRange, loaded: TimeRange): boolean {
  const span = window.end - window.start;
  if (window.start - span / 2 < loaded.start || window.end + span / 2 > loaded.end) return true;
  return loaded.end - loaded.start > span * 8;
}

/** Whether an event (a point, or a range ending at `stop`) touches the loaded span. */
export function inRange(range: TimeRange, start: number, stop?: number): boolean {
  return (stop ?? start) >= range.start && start <= range.end;
}

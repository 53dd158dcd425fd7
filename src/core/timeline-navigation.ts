// Moving through the timeline by keyboard: ←/→ in time, ↑/↓ to the nearest event in the lane above or below.
import { EVENT_TYPES } from './event-types.ts';
import type { ClientEvent } from './timeline-payload.ts';

/** The event a step in time lands on: the next or previous shown event, or the first one in view when none is current. */
export function stepFrom(
  shown: readonly ClientEvent[],
  current: string | undefined,
  delta: number,
  windowStart: number,
): ClientEvent | undefined {
  if (shown.length === 0) return undefined;
  const index = current ? shown.findIndex((e) => e.id === current) : -1;
  if (index === -1) return delta > 0 ? (shown.find((e) => e.start >= windowStart) ?? shown[0]) : shown.at(-1);
  return shown[Math.min(shown.length - 1, Math.max(0, index + delta))];
}

/**
 * The event nearest in time to the current one in the closest lane above (delta -1) or below (+1) that has any
 * shown event; undefined at the top or bottom lane. Ties go to the earlier event.
 */
export function stepLane(shown: readonly ClientEvent[], current: ClientEvent, delta: -1 | 1): ClientEvent | undefined {
  const lanes = EVENT_TYPES;
  for (let lane = lanes.indexOf(current.type) + delta; lane >= 0 && lane < lanes.length; lane += delta) {
    let best: ClientEvent | undefined;
    for (const e of shown) {
      if (e.type !== lanes[lane]) continue;
      if (!best || Math.abs(e.start - current.start) < Math.abs(best.start - current.start)) best = e;
    }
    if (best) return best;
  }
  return undefined;
}

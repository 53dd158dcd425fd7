import { stack } from 'd3-shape';
import { EVENT_TYPES, type EventType } from './event-types.ts';
import type { YearCounts } from './overview-model.ts';

export interface BarSegment {
  year: number;
  type: EventType;
  count: number;
  x: number;
  width: number;
  y: number;
  height: number;
}

/** Stacks one year's counts into segments, bottom up in type order; shared by the build and the client's re-layout after filtering. */
export function barSegments(
  rows: readonly YearCounts[],
  yMax: number,
  geometry: { top: number; height: number },
  xOf: (year: number) => [number, number],
): BarSegment[] {
  // A plain linear map, so the browser can re-stack bars after filtering without shipping d3-scale.
  const bottom = geometry.top + geometry.height;
  const y = (value: number) => bottom - (value / Math.max(1, yMax)) * geometry.height;
  const layers = stack<YearCounts, EventType>().keys(EVENT_TYPES)(rows as YearCounts[]);
  return layers.flatMap((layer) =>
    layer.map((point) => {
      const [x, width] = xOf(point.data.year);
      return {
        year: point.data.year,
        type: layer.key,
        count: point.data[layer.key],
        x,
        width,
        y: y(point[1]),
        height: y(point[0]) - y(point[1]),
      };
    }),
  );
}

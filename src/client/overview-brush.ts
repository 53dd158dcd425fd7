import { brushX, type D3BrushEvent } from 'd3-brush';
import { select } from 'd3-selection';
import type { OverviewGeometry } from '../core/timeline-payload.ts';

/** A d3 brush over the overview's bars: dragging it sets the timeline's window; the timeline moving the window moves it back. */
export function attachBrush(
  root: HTMLElement,
  geometry: OverviewGeometry,
  onBrush: (from: number, to: number) => void,
  onClear: () => void,
) {
  const figure = root.querySelector<HTMLElement>('.overview');
  const svg = figure?.querySelector<SVGSVGElement>('.overview-chart');
  if (!figure || !svg) return undefined;
  const [d0, d1] = geometry.domain;
  const [r0, r1] = geometry.range;
  const { top, height } = geometry.bars;
  // The chart's x scale is linear in time (d3's scaleUtc at build time): its inverse is one line.
  const toX = (t: number) => r0 + ((t - d0) / (d1 - d0)) * (r1 - r0);
  const toTime = (x: number) => d0 + ((x - r0) / (r1 - r0)) * (d1 - d0);
  const clampX = (x: number) => Math.min(r1, Math.max(r0, x));

  const brush = brushX<unknown>()
    .extent([
      [r0, top],
      [r1, top + height],
    ])
    .on('end', (event: D3BrushEvent<unknown>) => {
      if (!event.sourceEvent) return; // moved by the timeline, not by the reader
      const selection = event.selection as [number, number] | null;
      if (!selection) onClear();
      else onBrush(toTime(selection[0]), toTime(selection[1]));
    });
  // Inside the chart's time group, which is mirrored when time runs right to left: the brush's pixels stay the chart's.
  const time = svg.querySelector<SVGGElement>('.overview-time') ?? svg;
  const layer = select(time).append('g').attr('class', 'overview-brush').call(brush);
  // The brush is a pointer shortcut; the timeline's own buttons and keys do the same for keyboard users.
  layer.selectAll('rect').attr('aria-hidden', 'true');
  return {
    show(from: number, to: number) {
      const x0 = clampX(toX(from));
      const x1 = clampX(toX(to));
      layer.call((group) => brush.move(group, x1 - x0 >= r1 - r0 - 1 ? null : [x0, x1]));
    },
  };
}

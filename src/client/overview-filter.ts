import { EVENT_TYPES, type EventType } from '../core/event-types.ts';
import { barSegments } from '../core/bar-segments.ts';
import type { YearCounts } from '../core/overview-model.ts';

/** Re-stacks the overview's bars for the events now shown, on the same scale as the full data, so filtering visibly shrinks them. */
export function relayoutBars(root: HTMLElement, shown: { year: number; type: EventType }[]) {
  const figure = root.querySelector<HTMLElement>('.overview');
  if (!figure) return;
  const yMax = Number(figure.dataset.ymax);
  const [top, height] = figure.dataset.bars!.split(',').map(Number) as [number, number];
  const years = [...figure.querySelectorAll<SVGRectElement>('.overview-year')];
  const rows: YearCounts[] = years.map((rect) => ({
    year: Number(rect.dataset.year),
    ...(Object.fromEntries(EVENT_TYPES.map((t) => [t, 0])) as Record<EventType, number>),
  }));
  const index = new Map(rows.map((row, i) => [row.year, i]));
  for (const e of shown) {
    const row = rows[index.get(e.year) ?? -1];
    if (row) row[e.type]++;
  }
  const xOf = (year: number): [number, number] => {
    const rect = years[index.get(year)!]!;
    return [Number(rect.getAttribute('x')) + 1, Number(rect.getAttribute('width')) - 2];
  };
  for (const segment of barSegments(rows, yMax, { top, height }, xOf)) {
    const bar = figure.querySelector<SVGRectElement>(`.bar[data-year="${segment.year}"][data-type="${segment.type}"]`);
    if (!bar) continue;
    bar.setAttribute('y', segment.y.toFixed(1));
    bar.setAttribute('height', segment.height.toFixed(1));
  }
}

import { emptyTypeCounts, type EventType } from '../core/event-types.ts';
import { barSegments } from '../core/bar-segments.ts';
import { binStart } from '../core/year-bins.ts';
import type { YearCounts } from '../core/overview-model.ts';
import type { OverviewGeometry } from '../core/timeline-payload.ts';
import type { AppContext } from './app-context.ts';

/** The build-time overview chart: its bars follow the filters, its marks show the selection and select on click. */
export function connectOverview(root: HTMLElement, ctx: AppContext) {
  const figure = root.querySelector<HTMLElement>('.overview');
  // Marks are the rating band, the tenures and the key moments. Tenures and key moments are links to their event's
  // page (so they work without JavaScript); here a plain click selects the event on the page instead.
  figure?.querySelector('.overview-plot')?.addEventListener('click', (event) => {
    const mark = (event.target as Element).closest<HTMLElement | SVGElement>('.overview-mark');
    if (!mark?.dataset.eventId) return;
    const plain = event instanceof MouseEvent && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;
    if (mark instanceof HTMLAnchorElement && !plain) return;
    event.preventDefault();
    ctx.dispatch({ type: 'select', id: mark.dataset.eventId, origin: 'overview' });
  });
  // A mark's details show on hover and focus; Escape hides them until the pointer or focus moves on (WCAG 1.4.13).
  figure?.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && (event.target as Element).closest('.overview-mark')) figure.classList.add('tips-off');
  });
  const tipsBack = () => figure?.classList.remove('tips-off');
  figure?.addEventListener('focusin', tipsBack);
  figure?.addEventListener('pointerover', tipsBack);
  const marks = () => figure?.querySelectorAll<HTMLElement | SVGElement>('.overview-mark') ?? [];

  return {
    /** Re-stacks the bars for the events now shown, on the full data's scale, so filtering visibly shrinks them. */
    restack(shown: readonly { date: string; type: EventType; start: number }[], geometry: OverviewGeometry) {
      if (!figure) return;
      const rows: YearCounts[] = geometry.years.map(({ year }) => ({
        year,
        ...emptyTypeCounts(),
      }));
      const index = new Map(rows.map((row, i) => [row.year, i]));
      for (const event of shown) {
        const row = rows[index.get(binStart(new Date(event.start).getUTCFullYear(), geometry.binYears)) ?? -1];
        if (row) row[event.type]++;
      }
      const xOf = (year: number): [number, number] => {
        const column = geometry.years[index.get(year)!]!;
        return [column.x + 1, column.width - 2];
      };
      const { top, height, yMax } = geometry.bars;
      for (const segment of barSegments(rows, yMax, { top, height }, xOf)) {
        const bar = figure.querySelector(`.bar[data-year="${segment.year}"][data-type="${segment.type}"]`);
        bar?.setAttribute('y', segment.y.toFixed(1));
        bar?.setAttribute('height', segment.height.toFixed(1));
      }
    },
    markFiltered(visible: ReadonlySet<string> | null) {
      for (const mark of marks())
        mark.classList.toggle('is-filtered', visible !== null && !visible.has(mark.dataset.eventId!));
    },
    markSelected(id: string | undefined) {
      for (const mark of marks()) mark.classList.toggle('is-selected', mark.dataset.eventId === id);
    },
  };
}

export type OverviewView = ReturnType<typeof connectOverview>;

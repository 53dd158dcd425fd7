import { EVENT_TYPES, type EventType } from '../core/event-types.ts';
import { formatMessage } from '../core/messages.ts';
import type { ClientStrings } from '../core/timeline-payload.ts';
import type { ViewState } from '../core/url-state.ts';
import type { AppContext } from './app-context.ts';

/** The filter form: sends what the reader chose, and shows the state and its counts. */
export function connectFilters(form: HTMLFormElement, ctx: AppContext) {
  const typeBoxes = [...form.querySelectorAll<HTMLInputElement>('input[name="types"]')];
  const search = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const hideSensitive = form.querySelector<HTMLInputElement>('input[name="sensitive"]')!;
  const status = form.querySelector<HTMLElement>('[data-filter-status]');
  const reset = form.querySelector<HTMLButtonElement>('[data-reset]');

  form.hidden = false;
  form.addEventListener('input', () => {
    const types = typeBoxes.filter((box) => box.checked).map((box) => box.value as EventType);
    ctx.dispatch({
      type: 'filter',
      types: types.length === EVENT_TYPES.length ? undefined : types,
      q: search.value.trim() || undefined,
      hideSensitive: hideSensitive.checked || undefined,
    });
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  reset?.addEventListener('click', () =>
    ctx.dispatch({ type: 'filter', types: undefined, q: undefined, hideSensitive: undefined }),
  );

  return {
    /** Puts the state into the form (from the URL, or after a reset). */
    write(state: Readonly<ViewState>) {
      for (const box of typeBoxes) box.checked = !state.types || state.types.includes(box.value as EventType);
      search.value = state.q ?? '';
      hideSensitive.checked = Boolean(state.hideSensitive);
    },
    /** Each type's count says how many it would show under the other filters, so a reader sees what a toggle adds. */
    showCounts(
      counts: Record<EventType, number>,
      shown: number,
      total: number,
      strings: ClientStrings,
      language: string,
    ) {
      for (const type of EVENT_TYPES) {
        const target = form.querySelector(`[data-count-for="${type}"]`);
        if (target) target.textContent = formatMessage(strings.typeCount, { count: counts[type] }, language);
      }
      if (status) status.textContent = formatMessage(strings.showingCount, { shown, count: total }, language);
      if (reset) reset.hidden = shown === total;
    },
  };
}

export type FilterForm = ReturnType<typeof connectFilters>;

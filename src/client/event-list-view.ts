import type { AppContext } from './app-context.ts';

/** Each step of laying out the list aims at this many milliseconds: on a phone four times slower it is still well
 * inside a 50 ms long task, so the reader can scroll and tap in between. */
const STEP_MS = 8;
/** When the page has nothing else to do (loading the timeline, a tap or a scroll go first), or after 250 ms at most. */
const whenIdle = (run: () => void) =>
  'requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 250 }) : setTimeout(run, 20);

/**
 * Entries off screen start skipped (content-visibility in global.css, so the first load has a short layout). When
 * the page is idle, this lays them out a batch at a time, yielding between batches; each batch is laid out at
 * once and timed, and the next one sized by it (one layout per batch: entry by entry costs far more). It marks the
 * list whole when done (`data-list-settled`). `now()` does the rest at once: before a jump to a year or an event,
 * so it lands where it should.
 */
function settleLater(root: HTMLElement, items: HTMLElement[]) {
  let next = 0;
  let batch = 8;
  const settle = (count: number) => {
    const end = Math.min(items.length, next + count);
    for (; next < end; next++) items[next]!.classList.add('is-settled');
    if (next >= items.length) root.dataset.listSettled = 'true';
  };
  const step = () => {
    const started = performance.now();
    settle(batch);
    void items[next - 1]?.offsetHeight;
    const took = performance.now() - started;
    batch = Math.round(Math.min(batch * 2, Math.max(batch / 2, (batch * STEP_MS) / Math.max(took, 0.1)), 1e4)) || 1;
    if (next < items.length) whenIdle(step);
  };
  whenIdle(step);
  return { now: () => settle(items.length) };
}

/** The server-rendered list of events: shown and hidden by id, never read for data. */
export function connectList(root: HTMLElement, ctx: AppContext) {
  const items = new Map(
    [...root.querySelectorAll<HTMLLIElement>('li[data-event-id]')].map((li) => [li.dataset.eventId!, li]),
  );
  const noMatches = root.querySelector<HTMLElement>('[data-no-matches]');
  let current: string | undefined;
  const layout = settleLater(root, [...items.values()]);

  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-select]')) {
    button.hidden = false;
    button.addEventListener('click', () =>
      ctx.dispatch({ type: 'select', id: button.dataset.select, origin: 'list', focusDetail: true }),
    );
  }

  return {
    /** Shows the events in `visible` (all of them when it is null), and the year sections that still hold one. */
    show(visible: ReadonlySet<string> | null) {
      for (const [id, li] of items) li.hidden = visible !== null && !visible.has(id);
      for (const section of root.querySelectorAll<HTMLElement>('.year-group')) {
        section.hidden = !section.querySelector('li[data-event-id]:not([hidden])');
      }
      if (noMatches) noMatches.hidden = visible === null || visible.size > 0;
    },
    mark(id: string | undefined) {
      if (current) items.get(current)?.removeAttribute('aria-current');
      current = id;
      if (id) items.get(id)?.setAttribute('aria-current', 'true');
    },
    /** Lays out every entry now (before a jump, so it lands where it should). */
    settle: layout.now,
    scrollTo(id: string) {
      layout.now();
      items.get(id)?.scrollIntoView({ block: 'start', behavior: ctx.reducedMotion() ? 'auto' : 'smooth' });
    },
    /** A copy of the event's rendered card, for the detail panel (absent on year-index pages of large files). */
    card(id: string): HTMLElement | undefined {
      const card = items.get(id)?.querySelector('article')?.cloneNode(true) as HTMLElement | undefined;
      if (!card) return undefined;
      card.querySelectorAll('[id]').forEach((el) => el.removeAttribute('id'));
      card.removeAttribute('aria-labelledby');
      card.querySelector('.select-event')?.remove();
      return card;
    },
  };
}

export type ListView = ReturnType<typeof connectList>;

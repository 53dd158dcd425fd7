import { jumpTo } from './list-jumps.ts';
import type { AppContext } from './app-context.ts';

/** How wide the detail panel shows a picture (its column is at most 22rem). */
const PANEL_PICTURE_SIZES = '(min-width: 40rem) 22rem, 100vw';

/** The server-rendered list of events: shown and hidden by id, never read for data. */
export function connectList(root: HTMLElement, ctx: AppContext) {
  const items = new Map(
    [...root.querySelectorAll<HTMLLIElement>('li[data-event-id]')].map((li) => [li.dataset.eventId!, li]),
  );
  const noMatches = root.querySelector<HTMLElement>('[data-no-matches]');
  let current: string | undefined;

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
    scrollTo(id: string) {
      // At once, never smoothly: entries out of sight are laid out only as they come near (content-visibility), so a
      // smooth scroll would aim at a place that moves while it runs.
      const item = items.get(id);
      if (item) jumpTo(item);
    },
    /** A copy of the event's rendered card, for the detail panel (absent on year-index pages of large files). */
    card(id: string): HTMLElement | undefined {
      const card = items.get(id)?.querySelector('article')?.cloneNode(true) as HTMLElement | undefined;
      if (!card) return undefined;
      card.querySelectorAll('[id]').forEach((el) => el.removeAttribute('id'));
      card.removeAttribute('aria-labelledby');
      card.querySelector('.select-event')?.remove();
      // The panel shows the entry's picture at its own width: the browser picks a larger file from the same srcset.
      card
        .querySelectorAll<HTMLImageElement | HTMLSourceElement>('.event-thumb img, .event-thumb source')
        .forEach((el) => (el.sizes = PANEL_PICTURE_SIZES));
      return card;
    },
  };
}

export type ListView = ReturnType<typeof connectList>;

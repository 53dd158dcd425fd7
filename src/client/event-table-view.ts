import { comparePartialDates, parsePartialDate, type PartialDate } from '../core/partial-date.ts';
import type { EventTableConfig } from '../core/timeline-payload.ts';
import type { AppContext } from './app-context.ts';
import { loadData } from './load-data.ts';
import { readJson } from './read-json.ts';

type Column = 'date' | 'type' | 'title' | 'place' | 'sources' | 'link';

interface Keys {
  order: number;
  date: PartialDate;
  type: string;
  title: string;
  place: string;
  sources: number;
  link: string;
}

/**
 * The table of every event under "Get the data": rows shown and hidden by the filters, sorted by any column. The
 * rows are the page's; what they are sorted by comes from the timeline payload and the table's own inline JSON.
 */
export function connectTable(root: HTMLElement, ctx: AppContext) {
  const section = root.querySelector<HTMLElement>('[data-event-table]');
  const config = section ? readJson<EventTableConfig>(section, '[data-table-config]') : undefined;
  const tbody = section?.querySelector('tbody');
  if (!section || !config || !tbody) return;
  const rows = new Map([...tbody.rows].map((tr) => [tr.dataset.eventId!, tr]));
  let sorted: { column: Column; descending: boolean } = { column: 'date', descending: false };
  let keys: Promise<Map<string, Keys>> | undefined;

  let collator = new Intl.Collator(undefined, { numeric: true });
  /** Each row's sort keys, worked out once from the payload (fetched once per page) and the inline JSON. */
  const keysOnce = () =>
    (keys ??= loadData(ctx.config.data)
      .then(({ payload }) => {
        collator = new Intl.Collator(payload.language, { numeric: true });
        const map = new Map<string, Keys>();
        payload.events.forEach((e, order) => {
          const [place, sources] = config.rows[order] ?? ['', 0];
          const date = parsePartialDate(e.date)!;
          map.set(e.id, {
            order,
            date,
            type: payload.strings.types[e.type],
            title: e.title,
            place,
            sources,
            link: e.id,
          });
        });
        return map;
      })
      .catch((error: unknown) => {
        keys = undefined; // try again on the next click: the network may come back
        throw error;
      }));

  function compare(a: Keys, b: Keys, column: Column): number {
    if (column === 'date') return comparePartialDates(a.date, b.date);
    if (column === 'sources') return a.sources - b.sources;
    // Empty cells (no place) go last either way.
    if (!a[column] !== !b[column]) return a[column] ? -1 : 1;
    return collator.compare(a[column], b[column]);
  }

  async function sortBy(column: Column) {
    const descending = sorted.column === column ? !sorted.descending : false;
    const byId = await keysOnce();
    const order = [...rows.keys()].sort((x, y) => {
      const a = byId.get(x)!;
      const b = byId.get(y)!;
      const empty = column === 'place' && !a.place !== !b.place;
      const result = compare(a, b, column) * (descending && !empty ? -1 : 1);
      return result || a.order - b.order;
    });
    tbody!.append(...order.map((id) => rows.get(id)!));
    sorted = { column, descending };
    for (const th of section!.querySelectorAll<HTMLElement>('th[data-column]')) {
      if (th.dataset.column === column) th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
      else th.removeAttribute('aria-sort');
    }
  }

  for (const button of section.querySelectorAll<HTMLButtonElement>('button[data-sort]')) {
    button.hidden = false;
    button.parentElement?.querySelector('.sort-text')?.setAttribute('hidden', '');
    button.addEventListener('click', () => void sortBy(button.dataset.sort as Column));
  }

  const show = (visible: ReadonlySet<string> | null) => {
    for (const [id, tr] of rows) tr.hidden = visible !== null && !visible.has(id);
  };
  show(ctx.visible());
  ctx.onFilter(show);
}

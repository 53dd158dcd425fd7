// The timeline's first-load script: filters, selection, URL state and the phone year strip.
// It enhances the server-rendered list in place and loads vis-timeline only when the timeline is near.
import { EVENT_TYPES, type EventType } from '../core/event-types.ts';
import { matchesFilters, searchText, type Filterable } from '../core/filter-events.ts';
import { parseViewState, serializeViewState, type ViewState } from '../core/url-state.ts';
import { relayoutBars } from './overview-filter.ts';
import type { TimelineController } from './timeline-mount.ts';
import type { ClientEvent } from '../core/timeline-items.ts';

interface ListEntry extends Filterable {
  id: string;
  year: number;
  /** The server-rendered entry; absent when the page lists years instead of events (large files). */
  li?: HTMLLIElement;
  /** The compact record from timeline.json, when there is no list entry to read from. */
  record?: ClientEvent;
}

export interface TimelineApp {
  root: HTMLElement;
  state: ViewState;
  prefersReducedMotion: () => boolean;
  select: (id: string | undefined, options?: { origin?: string; openDetail?: boolean; focusDetail?: boolean }) => void;
  openDetail: (focus: boolean) => void;
  visibleIds: () => Set<string>;
  windowChanged: (fromYear: number, toYear: number) => void;
  announce: (text: string) => void;
}

const WIDE = '(min-width: 48rem)';

export function startTimelineApp(root: HTMLElement) {
  const state = parseViewState(location.search);
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
  let entries: ListEntry[] = [...root.querySelectorAll<HTMLLIElement>('li[data-event-id]')].map((li) => ({
    id: li.dataset.eventId!,
    li,
    type: li.dataset.type as EventType,
    sensitive: li.dataset.sensitive === 'true',
    year: Number(li.dataset.date!.slice(0, 4)),
    text: searchText(
      li.querySelector('.event-title')?.textContent ?? '',
      li.querySelector('.event-summary')?.textContent ?? '',
      li.dataset.people,
    ),
  }));
  let byId = new Map(entries.map((e) => [e.id, e]));
  const form = root.querySelector<HTMLFormElement>('[data-filters]');
  const region = root.querySelector<HTMLElement>('[data-timeline-region]')!;
  const detail = root.querySelector<HTMLElement>('[data-detail]')!;
  const announcer = root.querySelector<HTMLElement>('[data-announcer]')!;
  let controller: TimelineController | undefined;
  let visible = new Set(entries.map((e) => e.id));
  let selected: string | undefined;
  let lastTrigger: HTMLElement | null = null;

  const app: TimelineApp = {
    root,
    state,
    prefersReducedMotion: () => reducedMotion.matches,
    select,
    openDetail,
    visibleIds: () => visible,
    windowChanged(fromYear, toYear) {
      state.from = fromYear;
      state.to = toYear;
      writeUrl();
    },
    announce(text) {
      announcer.textContent = text;
    },
  };

  function writeUrl() {
    const search = serializeViewState(state, location.search);
    // replaceState, never pushState: filtering and selecting must not flood the back button.
    try {
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    } catch {
      // A sandboxed embed (no allow-same-origin) may not touch its URL; the view still works.
    }
  }

  function applyFilters() {
    visible = new Set(entries.filter((e) => matchesFilters(e, state)).map((e) => e.id));
    for (const entry of entries) if (entry.li) entry.li.hidden = !visible.has(entry.id);
    for (const section of root.querySelectorAll<HTMLElement>('.year-group')) {
      section.hidden = !section.querySelector('li[data-event-id]:not([hidden])');
    }
    // Each type's count says how many it would show under the other filters, so a reader can see what a toggle adds.
    for (const type of EVENT_TYPES) {
      const count = entries.filter((e) => e.type === type && matchesFilters(e, { ...state, types: [type] })).length;
      const target = root.querySelector(`[data-count-for="${type}"]`);
      if (target) target.textContent = `(${count})`;
    }
    const status = root.querySelector('[data-filter-status]');
    if (status) status.textContent = status.textContent!.replace(/\d+(?=\D+\d+)/, String(visible.size));
    root.querySelector<HTMLElement>('[data-no-matches]')!.hidden = visible.size > 0;
    const reset = root.querySelector<HTMLElement>('[data-reset]');
    if (reset) reset.hidden = visible.size === entries.length;
    relayoutBars(
      root,
      entries.filter((e) => visible.has(e.id)),
    );
    for (const mark of root.querySelectorAll<SVGElement>('.overview-mark')) {
      mark.classList.toggle('is-filtered', !visible.has(mark.dataset.eventId!));
    }
    controller?.setVisible(visible);
    if (selected && !visible.has(selected)) select(undefined);
  }

  function readForm() {
    if (!form) return;
    const types = [...form.querySelectorAll<HTMLInputElement>('input[name="types"]:checked')].map(
      (i) => i.value as EventType,
    );
    state.types = types.length === EVENT_TYPES.length ? undefined : types;
    const q = form.querySelector<HTMLInputElement>('input[name="q"]')!.value.trim();
    state.q = q || undefined;
    state.hideSensitive = form.querySelector<HTMLInputElement>('input[name="sensitive"]')!.checked || undefined;
  }

  function writeForm() {
    if (!form) return;
    for (const input of form.querySelectorAll<HTMLInputElement>('input[name="types"]'))
      input.checked = !state.types || state.types.includes(input.value as EventType);
    form.querySelector<HTMLInputElement>('input[name="q"]')!.value = state.q ?? '';
    form.querySelector<HTMLInputElement>('input[name="sensitive"]')!.checked = Boolean(state.hideSensitive);
  }

  function select(
    id: string | undefined,
    options: { origin?: string; openDetail?: boolean; focusDetail?: boolean } = {},
  ) {
    if (id && !byId.has(id)) return;
    byId.get(selected ?? '')?.li?.removeAttribute('aria-current');
    for (const mark of root.querySelectorAll('.overview-mark.is-selected')) mark.classList.remove('is-selected');
    selected = id;
    state.event = id;
    writeUrl();
    if (!id) {
      delete root.dataset.selected;
      detail.hidden = true;
      controller?.select(undefined);
      return;
    }
    const entry = byId.get(id)!;
    root.dataset.selected = id;
    entry.li?.setAttribute('aria-current', 'true');
    for (const mark of root.querySelectorAll(`.overview-mark[data-event-id="${CSS.escape(id)}"]`))
      mark.classList.add('is-selected');
    const when = entry.li?.querySelector('.event-date')?.textContent ?? entry.record?.when ?? '';
    const title = entry.li?.querySelector('.event-title')?.textContent ?? entry.record?.title ?? '';
    app.announce(`${when}: ${title}`);
    if (options.origin !== 'timeline') controller?.select(id);
    if (!matchMedia(WIDE).matches) {
      // Phones read the list itself: take the reader to the entry instead of a panel.
      if (options.origin !== 'list')
        entry.li?.scrollIntoView({ block: 'start', behavior: reducedMotion.matches ? 'auto' : 'smooth' });
      return;
    }
    if (options.openDetail !== false) openDetail(Boolean(options.focusDetail));
  }

  function openDetail(focus: boolean) {
    if (!selected) return;
    const entry = byId.get(selected)!;
    const card = entry.li ? cardFromEntry(entry.li) : cardFromRecord(entry.record!);
    const body = detail.querySelector('[data-detail-body]')!;
    body.replaceChildren(card);
    const link = detail.querySelector<HTMLAnchorElement>('[data-detail-link]')!;
    link.href = new URL(`events/${entry.id}/`, new URL(root.dataset.dataUrl!, location.href)).href;
    detail.hidden = false;
    if (focus) {
      detail.focus({ preventScroll: true });
      detail.scrollIntoView({ block: 'nearest', behavior: reducedMotion.matches ? 'auto' : 'smooth' });
    }
  }

  /** A copy of our own rendered card: no data is parsed as HTML here. */
  function cardFromEntry(li: HTMLLIElement) {
    const card = li.querySelector('article')!.cloneNode(true) as HTMLElement;
    card.querySelectorAll('[id]').forEach((el) => el.removeAttribute('id'));
    card.removeAttribute('aria-labelledby');
    card.querySelector('.select-event')?.remove();
    return card;
  }

  /** For large files whose entries live on year pages: date, type and title, set as text. */
  function cardFromRecord(record: ClientEvent) {
    const card = document.createElement('article');
    const meta = document.createElement('p');
    meta.className = 'event-meta';
    meta.textContent = `${record.when} · ${controller?.typeLabels[record.type] ?? record.type}`;
    const title = document.createElement('h3');
    title.className = 'event-title';
    title.textContent = record.title;
    card.append(meta, title);
    return card;
  }

  function useRecords(records: ClientEvent[]) {
    entries = records.map((record) => ({
      id: record.id,
      type: record.type,
      sensitive: Boolean(record.sensitive),
      year: Number(record.date.slice(0, 4)),
      text: searchText(record.title),
      record,
    }));
    byId = new Map(entries.map((e) => [e.id, e]));
  }

  function closeDetail() {
    detail.hidden = true;
    (lastTrigger ?? region.querySelector<HTMLElement>('#timeline'))?.focus();
  }

  async function mountTimeline() {
    if (controller || region.dataset.loading) return;
    region.dataset.loading = 'true';
    performance.mark('timeline:requested');
    try {
      // Fetch the data while the chunk downloads, rather than after it.
      const data = fetch(root.dataset.dataUrl!).then((response) => {
        if (!response.ok) throw new Error(`Could not load ${response.url}: ${response.status}`);
        return response.json();
      });
      const { mountTimeline } = await import('./timeline-mount.ts');
      controller = await mountTimeline(app, region, data);
      if (entries.length === 0) {
        useRecords(controller.events);
        applyFilters();
        if (state.event && byId.has(state.event)) select(state.event, { origin: 'url' });
      }
      controller.setVisible(visible);
      if (selected) controller.select(selected);
      root.dataset.timelineReady = 'true';
      performance.mark('timeline:ready');
    } catch (error) {
      const message = region.querySelector('[data-timeline-message]');
      if (message) message.textContent = region.dataset.failedText ?? 'The interactive timeline could not load.';
      console.warn(error);
    } finally {
      delete region.dataset.loading;
    }
  }

  function watchTimeline() {
    region.hidden = false;
    const wide = matchMedia(WIDE);
    // With ?event= a reader expects the event centred straight away; otherwise wait until the timeline is near.
    if (state.event && wide.matches) return void mountTimeline();
    const observer = new IntersectionObserver(
      (records) => {
        if (records.some((r) => r.isIntersecting)) {
          observer.disconnect();
          void mountTimeline();
        }
      },
      { rootMargin: '0px' },
    );
    observer.observe(region);
  }

  function watchYears() {
    const strip = root.querySelector('.year-strip');
    if (!strip) return;
    const links = new Map(
      [...strip.querySelectorAll<HTMLAnchorElement>('a[data-year]')].map((a) => [a.dataset.year!, a]),
    );
    const inView = new Set<string>();
    const observer = new IntersectionObserver(
      (records) => {
        for (const r of records) {
          const year = (r.target as HTMLElement).dataset.year!;
          if (r.isIntersecting) inView.add(year);
          else inView.delete(year);
        }
        const current = [...inView].sort()[0];
        for (const [year, link] of links) {
          if (year === current) link.setAttribute('aria-current', 'true');
          else link.removeAttribute('aria-current');
        }
      },
      { rootMargin: '-20% 0px -60% 0px' },
    );
    for (const section of root.querySelectorAll('.year-group')) observer.observe(section);
  }

  // Wiring
  if (form) {
    form.hidden = false;
    writeForm();
    form.addEventListener('input', () => {
      // On year-index pages the events come with the timeline: filtering needs it.
      if (entries.length === 0) void mountTimeline();
      readForm();
      applyFilters();
      writeUrl();
    });
    form.addEventListener('submit', (event) => event.preventDefault());
    root.querySelector('[data-reset]')?.addEventListener('click', () => {
      state.types = undefined;
      state.q = undefined;
      state.hideSensitive = undefined;
      writeForm();
      applyFilters();
      writeUrl();
    });
  }
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-select]')) {
    button.hidden = false;
    button.addEventListener('click', () => {
      lastTrigger = button;
      void mountTimeline();
      select(button.dataset.select, { origin: 'list', focusDetail: true });
    });
  }
  root.querySelector('.overview-chart')?.addEventListener('click', (event) => {
    const mark = (event.target as Element).closest<SVGElement>('.overview-mark');
    if (mark?.dataset.eventId) select(mark.dataset.eventId, { origin: 'overview' });
  });
  detail.querySelector('[data-close]')!.addEventListener('click', closeDetail);
  detail.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closeDetail();
  });
  region.querySelector('.timeline-toolbar')?.addEventListener('click', (event) => {
    const action = (event.target as Element).closest<HTMLElement>('[data-action]')?.dataset.action;
    if (!action) return;
    lastTrigger = event.target as HTMLElement;
    if (controller) controller.act(action);
    else void mountTimeline().then(() => controller?.act(action));
  });

  applyFilters();
  if (state.event && byId.has(state.event)) select(state.event, { origin: 'url' });
  else if (entries.length > 0) delete state.event;
  watchTimeline();
  watchYears();
  return app;
}

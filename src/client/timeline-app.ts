// <timeline-app>: the first-load script of the timeline component. It enhances the server-rendered overview, filters
// and list in place, keeps the view in the URL, and loads vis-timeline only when the timeline is near.
// It reads its config and the build's JSON (src/core/timeline-payload.ts), never the page's text.
import { EVENT_TYPES, type EventType } from '../core/event-types.ts';
import { matchesFilters } from '../core/filter-events.ts';
import type { ClientEvent, TimelineAppConfig } from '../core/timeline-payload.ts';
import { parseViewState, serializeViewState, type StoryView, type ViewState } from '../core/url-state.ts';
import type { Action, AppContext, LoadedData } from './app-context.ts';
import { connectDetail } from './detail-panel.ts';
import { connectList } from './event-list-view.ts';
import { connectTable } from './event-table-view.ts';
import { connectFilters } from './filter-form.ts';
import { loadData, loadSearch } from './load-data.ts';
import { connectOverview } from './overview-view.ts';
import { readJson } from './read-json.ts';
import type { TimelineView } from './timeline-view.ts';
import type { StoryViews } from './story-views.ts';
import { watchYearStrip } from './year-strip.ts';
import { keepFragmentJumpsOnTarget } from './list-jumps.ts';
import { connectStory } from './story-reader.ts';
import { connectHostControl } from './host-control.ts';

/** The timeline is drawn from 600 px wide (an article column); narrower, the list is the page. */
const WIDE = '(min-width: 37.5rem)';

function start(root: HTMLElement) {
  const config = readJson<TimelineAppConfig>(root, '[data-app-config]');
  if (!config) return;
  const state: ViewState = parseViewState(location.search);
  /** The event the page was opened at (?event=), scrolled into view once the timeline shows it. */
  const deepLink = state.event;
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
  const region = root.querySelector<HTMLElement>('[data-timeline-region]')!;
  const announcer = root.querySelector<HTMLElement>('[data-announcer]')!;
  /** Null until a filter hides something: every event is shown. */
  let visible: Set<string> | null = null;
  let selected: string | undefined;
  let lastTrigger: HTMLElement | null = null;
  let timeline: TimelineView | undefined;
  let timelineLoad: Promise<void> | undefined;
  const filterListeners: ((visible: ReadonlySet<string> | null) => void)[] = [];

  const ctx: AppContext = {
    root,
    config,
    state,
    visible: () => visible,
    onFilter: (listener) => void filterListeners.push(listener),
    selected: () => selected,
    dispatch,
    reducedMotion: () => reducedMotion.matches,
    announce: (text) => (announcer.textContent = text),
    chapter: () => (state.chapter ? story?.byId(state.chapter) : undefined),
  };
  const form = root.querySelector<HTMLFormElement>('[data-filters]');
  const filters = form ? connectFilters(form, ctx) : undefined;
  const list = connectList(root, ctx);
  connectTable(root, ctx);
  const overview = connectOverview(root, ctx);
  const detail = connectDetail(root.querySelector<HTMLElement>('[data-detail]')!, ctx, () => {
    // Back to what opened it: the list's button, the overview, or the event's marker on the timeline.
    return (
      lastTrigger ??
      region.querySelector<HTMLElement>('#timeline .tl-mark.is-selected') ??
      region.querySelector<HTMLElement>('#timeline')
    );
  });
  /** The build's data, once it has arrived. */
  let ready: LoadedData | undefined;
  const data = () =>
    loadData(config.data).then((loaded) => {
      ready = loaded;
      return loaded;
    });
  // Chapters and host-page control (src/client/story-reader.ts, src/client/host-control.ts).
  const story = connectStory(root, ctx);
  const host = connectHostControl(ctx, { data, chapters: new Set(story?.chapters.map((c) => c.id)) });

  // The story's other views (issue 14): their module arrives when one is wanted.
  let views: Promise<StoryViews> | undefined;
  const storyViews = () => (views ??= import('./story-views.ts').then((m) => m.connectViews(root, ctx, data)));

  function writeUrl() {
    const search = serializeViewState(state, location.search);
    // replaceState, never pushState: filtering and selecting must not flood the back button.
    try {
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    } catch {
      // A sandboxed embed (no allow-same-origin) may not touch its URL; the view still works.
    }
  }

  let filtering = 0;
  async function applyFilters() {
    const run = ++filtering;
    const loaded = await data();
    const index = state.q ? await loadSearch(config!.search) : undefined;
    // A later change has started its own pass while this one waited for data.
    if (run !== filtering) return;
    const passes = (e: ClientEvent, types = state.types) =>
      matchesFilters({ ...e, text: index?.[e.id] ?? '' }, { ...state, types });
    const unfiltered = !state.types && !state.q && !state.hideSensitive;
    visible = unfiltered ? null : new Set(loaded.events.filter((e) => passes(e)).map((e) => e.id));
    const counts = Object.fromEntries(
      EVENT_TYPES.map((type) => [type, loaded.events.filter((e) => e.type === type && passes(e, [type])).length]),
    ) as Record<EventType, number>;
    const shown = visible ? loaded.events.filter((e) => visible!.has(e.id)) : loaded.events;
    filters?.showCounts(counts, shown.length, loaded.events.length, loaded.payload.strings, loaded.payload.language);
    list.show(visible);
    for (const listener of filterListeners) listener(visible);
    void views?.then((v) => v.filter(visible));
    overview.restack(shown, loaded.payload.overview);
    overview.markFiltered(visible);
    timeline?.setVisible(visible);
    if (selected && visible && !visible.has(selected)) dispatch({ type: 'select', id: undefined, origin: 'list' });
  }

  /** Runs at once when the data is already here (a keyboard step moves the timeline in the same task), else once it is. */
  function withData(then: (loaded: LoadedData) => void) {
    if (ready) then(ready);
    else void data().then(then);
  }

  function select(action: Extract<Action, { type: 'select' }>, loaded: LoadedData) {
    const { id, origin } = action;
    if (id && !loaded.byId.has(id)) {
      // A link to an event that is not (or no longer) in the file: forget it rather than carry it on.
      if (state.event === id) delete state.event;
      return;
    }
    selected = id;
    state.event = id;
    writeUrl();
    list.mark(id);
    overview.markSelected(id);
    if (!id) {
      if (origin !== 'host') host?.report({ type: 'timeline:select', id: null });
      delete root.dataset.selected;
      detail.hide();
      timeline?.select(undefined);
      return;
    }
    const event = loaded.byId.get(id)!;
    root.dataset.selected = id;
    if (origin !== 'host') host?.report({ type: 'timeline:select', id });
    if (action.announce !== false) ctx.announce(`${event.when}: ${event.title}`);
    if (origin !== 'timeline') timeline?.select(id, origin === 'keyboard' ? 'reveal' : 'centre');
    if (!matchMedia(WIDE).matches) {
      // Phones read the list itself: take the reader to the entry instead of a panel.
      if (origin !== 'list') list.scrollTo(id);
      return;
    }
    if (origin !== 'timeline' && !state.view) void mountTimeline();
    if (action.openDetail !== false) openDetail(loaded, Boolean(action.focusDetail));
  }

  function openDetail(loaded: LoadedData, focus: boolean) {
    const event = selected ? loaded.byId.get(selected) : undefined;
    if (!event) return;
    detail.open(event, list.card(event.id), loaded.payload.strings, focus);
    void import('./story-views.ts').then(({ howLongNode }) => {
      const strip = selected === event.id ? howLongNode(event.id, loaded, config!.eventPage) : undefined;
      if (strip) detail.append(strip);
    });
  }

  function dispatch(action: Action) {
    if (action.type === 'filter') {
      Object.assign(state, { types: action.types, q: action.q, hideSensitive: action.hideSensitive });
      filters?.write(state);
      writeUrl();
      void applyFilters();
    } else if (action.type === 'view') {
      if (action.view === 'timeline') delete state.view;
      else state.view = action.view;
      markView();
      writeUrl();
      void storyViews().then((v) => v.show(action.view, action.focus));
      // The host page hears the reader's choices, not its own requests echoed back.
      if (action.origin !== 'host') host?.report({ type: 'timeline:view', view: action.view });
    } else if (action.type === 'select') {
      // "Show in timeline" from the list brings the timeline back in place of another view.
      if (action.origin === 'list' && state.view) dispatch({ type: 'view', view: 'timeline' });
      if (action.origin === 'list' || action.origin === 'overview') lastTrigger = document.activeElement as HTMLElement;
      else if (action.origin === 'timeline') lastTrigger = null;
      withData((loaded) => select(action, loaded));
    } else if (action.type === 'open-detail') {
      withData((loaded) => openDetail(loaded, action.focus));
    } else if (action.type === 'close-detail') {
      detail.hide();
    } else if (action.type === 'chapter') {
      readChapter(action);
    } else if (action.type === 'window') {
      state.from = action.fromYear;
      state.to = action.toYear;
      writeUrl();
    } else {
      lastTrigger = document.activeElement as HTMLElement;
      void mountTimeline().then(() => timeline?.command(action.command));
    }
  }

  /** A chapter to read (or none): the URL, the reader, the timeline's window and emphasis, and the host page follow. */
  function readChapter(action: Extract<Action, { type: 'chapter' }>) {
    const chapter = action.id ? story?.byId(action.id) : undefined;
    if (action.id && !chapter) {
      // A link to a chapter the file does not (or no longer) have: forget it.
      if (state.chapter === action.id) delete state.chapter;
      writeUrl();
      return;
    }
    if (chapter) state.chapter = chapter.id;
    else delete state.chapter;
    writeUrl();
    // The reader draws its own steps; a link or the host page sets it from outside.
    if (action.origin !== 'story') story?.show(chapter?.id);
    if (chapter) root.dataset.chapter = chapter.id;
    else delete root.dataset.chapter;
    if (timeline) timeline.showChapter(chapter);
    else if (chapter && matchMedia(WIDE).matches) void mountTimeline();
    if (action.origin !== 'host') host?.report({ type: 'timeline:chapter', id: chapter?.id ?? null });
  }

  function mountTimeline(): Promise<void> {
    timelineLoad ??= (async () => {
      performance.mark('timeline:requested');
      // Fetch the data while the chunk downloads, rather than after it.
      const [{ mountTimeline: mount }, loaded] = await Promise.all([import('./timeline-view.ts'), data()]);
      performance.mark('timeline:data-loaded');
      timeline = mount(ctx, region, loaded);
      root.dataset.timelineReady = 'true';
      performance.mark('timeline:ready');
      // A link to an event shows it: the timeline, centred on it, and its details below, in view.
      if (deepLink && selected === deepLink)
        region.scrollIntoView({ block: 'start', behavior: reducedMotion.matches ? 'auto' : 'smooth' });
    })().catch((error: unknown) => {
      const message = region.querySelector('[data-timeline-message]');
      if (message) message.textContent = config!.failed;
      console.warn(error);
      timelineLoad = undefined;
    });
    return timelineLoad;
  }

  function watchTimeline() {
    // With ?event= a reader expects the event centred straight away; otherwise wait until the timeline is near.
    if ((state.event || state.chapter) && matchMedia(WIDE).matches && !state.view) return void mountTimeline();
    const observer = new IntersectionObserver((records) => {
      if (records.some((r) => r.isIntersecting)) {
        observer.disconnect();
        void mountTimeline();
      }
    });
    observer.observe(region);
  }

  region.querySelector('.timeline-toolbar')?.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLElement>('[data-action]');
    const command = button?.dataset.action as Extract<Action, { type: 'command' }>['command'] | undefined;
    if (command) dispatch({ type: 'command', command });
  });
  function markView() {
    if (state.view) root.dataset.activeView = state.view;
    else delete root.dataset.activeView;
    for (const link of root.querySelectorAll('[data-switch-view]')) {
      if (link.getAttribute('data-switch-view') === (state.view ?? 'timeline'))
        link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
  }
  const viewSwitch = root.querySelector('[data-view-switch]');
  // Fetched when the reader reaches for the switch, so the first load stays as small as it was.
  viewSwitch?.addEventListener('pointerover', () => void storyViews(), { once: true });
  viewSwitch?.addEventListener('focusin', () => void storyViews(), { once: true });
  viewSwitch?.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLElement>('[data-switch-view]');
    if (!link) return;
    event.preventDefault();
    dispatch({ type: 'view', view: link.dataset.switchView as StoryView | 'timeline', focus: true });
  });
  markView();
  if (state.view) void storyViews().then((v) => v.show(state.view!));
  filters?.write(state);
  if (state.types || state.q || state.hideSensitive) void applyFilters();
  if (state.event) dispatch({ type: 'select', id: state.event, origin: 'url' });
  if (state.chapter) {
    dispatch({ type: 'chapter', id: state.chapter, origin: 'url' });
    // On its own page the chapter is brought into view; an embed never scrolls its host page.
    if (state.chapter && window.parent === window)
      root.querySelector('[data-story]')?.scrollIntoView({ block: 'start' });
  }
  watchTimeline();
  watchYearStrip(root);
  keepFragmentJumpsOnTarget(root);
}

class TimelineAppElement extends HTMLElement {
  #started = false;
  connectedCallback() {
    if (this.#started) return;
    this.#started = true;
    start(this);
  }
}

if (!customElements.get('timeline-app')) customElements.define('timeline-app', TimelineAppElement);

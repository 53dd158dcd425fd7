import { EMBED_HEIGHT, embedCode, embedUrl, type EmbedDialogConfig, type EmbedOptions } from '../core/embed-code.ts';
import type { TimelinePayload } from '../core/timeline-payload.ts';
import { fetchJson, readJson } from './read-json.ts';
import { parseViewState, serializeViewState } from '../core/url-state.ts';
import { EVENT_TYPES, type EventType } from '../core/event-types.ts';

/** Copies text with the Clipboard API where it is allowed, else by selecting it (works in older browsers and without permission). */
async function copyText(textarea: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(textarea.value);
    return true;
  } catch {
    textarea.focus();
    textarea.select();
    return document.execCommand('copy');
  }
}

/** The views the dialog offers besides the article graphic. */
const EMBED_VIEWS = ['full', 'compact', 'gaps', 'aligned'] as const;

export function startEmbedDialog() {
  const dialog = document.querySelector<HTMLDialogElement>('[data-embed-dialog]');
  const open = document.querySelector<HTMLButtonElement>('[data-embed-open]');
  const config = dialog && readJson<EmbedDialogConfig>(dialog, '[data-embed-config]');
  if (!dialog || !open || !config || typeof dialog.showModal !== 'function') return;
  const form = dialog.querySelector<HTMLFormElement>('[data-embed-form]')!;
  const code = dialog.querySelector<HTMLTextAreaElement>('[data-embed-code]')!;
  const preview = dialog.querySelector<HTMLIFrameElement>('[data-embed-preview]')!;
  const status = dialog.querySelector<HTMLElement>('[data-embed-copy-status]')!;
  const select = dialog.querySelector<HTMLSelectElement>('select[name="event"]');
  const chapterSelect = dialog.querySelector<HTMLSelectElement>('select[name="chapter"]');

  function options(): EmbedOptions & { previewSrc: string } {
    const data = new FormData(form);
    const types = data.getAll('types') as EventType[];
    const state = parseViewState('');
    if (select) {
      if (types.length && types.length < EVENT_TYPES.length) state.types = types;
      const event = data.get('event');
      if (typeof event === 'string' && event) state.event = event;
    }
    const chapter = data.get('chapter');
    if (typeof chapter === 'string' && chapter) state.chapter = chapter;
    const chosen: EmbedOptions = {
      src: config!.src,
      title: config!.title,
      height: Number(data.get('height')) || EMBED_HEIGHT.timeline,
      view: EMBED_VIEWS.find((view) => view === data.get('view')) ?? 'article',
      theme: (data.get('theme') as EmbedOptions['theme']) ?? 'auto',
      controls: select ? data.get('controls') === 'on' : true,
      state: serializeViewState(state),
      withScript: data.get('script') === 'on',
      scriptSrc: config!.script,
      scriptIntegrity: config!.integrity,
    };
    const previewUrl = new URL(embedUrl(chosen));
    return {
      ...chosen,
      previewSrc: `${new URL(config!.preview, location.href).pathname}${previewUrl.search}`,
    };
  }

  function update() {
    const chosen = options();
    code.value = embedCode(chosen);
    preview.style.height = `${Math.min(chosen.height, 480)}px`;
    if (preview.getAttribute('src') !== chosen.previewSrc) preview.setAttribute('src', chosen.previewSrc);
    status.textContent = '';
  }

  // The events to open at come from the timeline's data, fetched the first time the dialog opens; the dialog
  // does not wait for them.
  let eventsLoaded: Promise<void> | undefined;
  async function loadEvents(select: HTMLSelectElement, url: string) {
    const payload = await fetchJson<TimelinePayload>(url);
    for (const event of payload.events)
      select.add(new Option(`${event.when}${payload.strings.colon} ${event.title}`, event.id));
    dialog!.querySelector<HTMLElement>('[data-embed-event-field]')!.hidden = payload.events.length === 0;
  }

  /** Starts from what the reader is looking at: the selected event, the chapter and the filters in the URL. */
  function startFromUrl() {
    const current = parseViewState(location.search);
    if (select) {
      select.value = current.event ?? '';
      for (const box of form.querySelectorAll<HTMLInputElement>('input[name="types"]'))
        box.checked = !current.types || current.types.includes(box.value as EventType);
    }
    // The chapter being read, when there is one (a chapter the list does not have leaves the choice empty).
    if (chapterSelect) chapterSelect.value = current.chapter ?? '';
    update();
  }

  open.hidden = false;
  open.addEventListener('click', () => {
    startFromUrl();
    dialog.showModal();
    if (select && config.events && !eventsLoaded) {
      eventsLoaded = loadEvents(select, config.events).then(startFromUrl, () => {
        dialog.querySelector<HTMLElement>('[data-embed-event-field]')!.hidden = true;
      });
    }
  });
  form.addEventListener('input', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  dialog.querySelector('[data-embed-close]')!.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => open.focus());
  dialog.querySelector('[data-embed-copy]')!.addEventListener('click', () => {
    void copyText(code).then(
      (copied) => (status.textContent = copied ? config.strings.copied : config.strings.copyFailed),
    );
  });
}

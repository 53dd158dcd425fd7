import { embedCode, embedUrl, type EmbedOptions } from '../core/embed-code.ts';
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

export function startEmbedDialog() {
  const dialog = document.querySelector<HTMLDialogElement>('[data-embed-dialog]');
  const open = document.querySelector<HTMLButtonElement>('[data-embed-open]');
  if (!dialog || !open || typeof dialog.showModal !== 'function') return;
  const form = dialog.querySelector<HTMLFormElement>('[data-embed-form]')!;
  const code = dialog.querySelector<HTMLTextAreaElement>('[data-embed-code]')!;
  const preview = dialog.querySelector<HTMLIFrameElement>('[data-embed-preview]')!;
  const status = dialog.querySelector<HTMLElement>('[data-embed-copy-status]')!;
  const select = dialog.querySelector<HTMLSelectElement>('select[name="event"]');

  function options(): EmbedOptions & { previewSrc: string } {
    const data = new FormData(form);
    const types = data.getAll('types') as EventType[];
    const state = parseViewState('');
    if (select) {
      if (types.length && types.length < EVENT_TYPES.length) state.types = types;
      const event = String(data.get('event') ?? '');
      if (event) state.event = event;
    }
    const chosen: EmbedOptions = {
      src: dialog!.dataset.src!,
      title: dialog!.dataset.title!,
      height: Number(data.get('height')) || 900,
      view: data.get('view') === 'compact' ? 'compact' : 'full',
      theme: (data.get('theme') as EmbedOptions['theme']) ?? 'auto',
      controls: select ? data.get('controls') === 'on' : true,
      state: serializeViewState(state),
      withScript: data.get('script') === 'on',
      scriptSrc: dialog!.dataset.script!,
      scriptIntegrity: dialog!.dataset.integrity!,
    };
    const previewUrl = new URL(embedUrl(chosen));
    return {
      ...chosen,
      previewSrc: `${new URL(dialog!.dataset.preview!, location.href).pathname}${previewUrl.search}`,
    };
  }

  function update() {
    const chosen = options();
    code.value = embedCode(chosen);
    preview.style.height = `${Math.min(chosen.height, 480)}px`;
    if (preview.getAttribute('src') !== chosen.previewSrc) preview.setAttribute('src', chosen.previewSrc);
    status.textContent = '';
  }

  open.hidden = false;
  open.addEventListener('click', () => {
    if (select && select.options.length === 1) {
      for (const li of document.querySelectorAll<HTMLLIElement>('li[data-event-id]')) {
        const option = new Option(
          `${li.querySelector('.event-date')?.textContent ?? ''}: ${li.querySelector('.event-title')?.textContent ?? ''}`,
          li.dataset.eventId,
        );
        select.add(option);
      }
      dialog.querySelector<HTMLElement>('[data-embed-event-field]')!.hidden = select.options.length === 1;
    }
    // Start from what the reader is looking at: the selected event and the filters in the URL.
    const current = parseViewState(location.search);
    if (select) {
      select.value = current.event ?? '';
      for (const box of form.querySelectorAll<HTMLInputElement>('input[name="types"]'))
        box.checked = !current.types || current.types.includes(box.value as EventType);
    }
    update();
    dialog.showModal();
  });
  form.addEventListener('input', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  dialog.querySelector('[data-embed-close]')!.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => open.focus());
  dialog.querySelector('[data-embed-copy]')!.addEventListener('click', async () => {
    status.textContent = (await copyText(code))
      ? (dialog.dataset.copied ?? 'Copied.')
      : (dialog.dataset.copyFailed ?? 'Select the code and copy it.');
  });
}

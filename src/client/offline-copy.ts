import type { OfflineMessage, OfflineReply } from './offline-worker.ts';

// Set by the build (src/build/integrations/offline.ts): false when the offline copy is withdrawn (OFFLINE=off).
declare const __OFFLINE_COPY__: boolean;

const supported = () => 'serviceWorker' in navigator && location.protocol !== 'file:' && __OFFLINE_COPY__;
const base = () => (import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`);

/**
 * Registers the offline copy's worker. The page on screen loaded before any worker controlled it, so the worker is
 * told to keep it (with what it needs): that is what "kept as visited" means for the first page.
 */
export async function registerOfflineCopy(): Promise<void> {
  if (!supported()) return;
  const controlled = Boolean(navigator.serviceWorker.controller);
  await navigator.serviceWorker.register(`${base()}sw.js`, { scope: base() });
  if (controlled) return;
  const registration = await navigator.serviceWorker.ready;
  const message: OfflineMessage = { type: 'timeline:visited', path: location.pathname };
  registration.active?.postMessage(message);
}

/** Sends the worker a message; every reply on its port goes to `onReply`. */
function ask(worker: ServiceWorker, message: OfflineMessage, onReply: (reply: OfflineReply) => void) {
  const channel = new MessageChannel();
  channel.port1.onmessage = (event: MessageEvent<OfflineReply>) => onReply(event.data);
  worker.postMessage(message, [channel.port2]);
}

function formatSize(bytes: number, language: string): string {
  const [value, unit] = bytes >= 100_000 ? [bytes / 1e6, 'megabyte'] : [bytes / 1e3, 'kilobyte'];
  return new Intl.NumberFormat(language, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}

/**
 * "Save for offline use": shown only when a worker answers (so never without JavaScript or service workers), with
 * the size it will fetch; progress in a <progress> bar, the outcome in a status line.
 */
export function startSaveOffline(root: HTMLElement): void {
  if (!supported()) return;
  const button = root.querySelector<HTMLButtonElement>('[data-save-offline-button]')!;
  const progress = root.querySelector<HTMLProgressElement>('progress')!;
  const status = root.querySelector<HTMLElement>('[data-save-offline-status]')!;
  const text = root.dataset;
  void navigator.serviceWorker.ready.then(({ active }) => {
    if (!active) return;
    ask(active, { type: 'timeline:status' }, (reply) => {
      if (reply.type !== 'status') return;
      button.textContent = text.label!.replace('{size}', formatSize(reply.bytes, document.documentElement.lang));
      if (reply.saved) status.textContent = text.alreadySaved!;
      root.hidden = false;
    });
    button.addEventListener('click', () => {
      button.disabled = true;
      progress.hidden = false;
      progress.removeAttribute('value');
      status.textContent = text.saving!;
      ask(active, { type: 'timeline:save' }, (reply) => {
        if (reply.type === 'progress') {
          progress.max = reply.total;
          progress.value = reply.done;
          return;
        }
        if (reply.type !== 'saved' && reply.type !== 'failed') return;
        button.disabled = false;
        progress.hidden = true;
        status.textContent = reply.type === 'saved' ? text.saved! : text.failed!;
      });
    });
  });
}

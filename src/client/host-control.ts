// Host-page control, inside an embed: tells the page around the frame what the reader chose (timeline:select,
// timeline:chapter, timeline:view) and obeys the same messages from that page. Only the frame's own parent window is
// listened to (event.source, as embed.js checks the frame's window the other way); the origin cannot be checked, since
// a sandboxed embed does not know its host's, and need not be: every message is validated (src/core/host-messages.ts)
// and can do no more than a reader's click. What is reported (ids of public events) is not secret, so it goes to '*'.
import { parseHostMessage, type HostMessage } from '../core/host-messages.ts';
import type { AppContext, LoadedData } from './app-context.ts';

export interface HostControl {
  report(message: HostMessage): void;
}

export function connectHostControl(
  ctx: AppContext,
  deps: { data: () => Promise<LoadedData>; chapters: ReadonlySet<string> },
): HostControl | undefined {
  const host = window.parent;
  if (host === window) return undefined;
  const post = (message: HostMessage | { type: 'timeline:ready' }) => {
    try {
      host.postMessage(message, '*');
    } catch {
      // a host that has gone away
    }
  };
  addEventListener('message', (event) => {
    if (event.source !== host) return;
    const data: unknown = event.data;
    // embed.js greets every frame as it starts: it may have missed the first 'ready', so say it again.
    if ((data as { type?: unknown } | null)?.type === 'frames-init') return post({ type: 'timeline:ready' });
    // Only messages of ours go on to wait for the data; AMP's, Pym's and every other tool's stop here.
    if (typeof data !== 'object' || data === null || !String((data as { type?: unknown }).type).startsWith('timeline:'))
      return;
    void deps.data().then((loaded) => {
      const message = parseHostMessage(data, { events: loaded.byId, chapters: deps.chapters });
      if (!message) return;
      if (message.type === 'timeline:select')
        ctx.dispatch({ type: 'select', id: message.id ?? undefined, origin: 'host', openDetail: true });
      else if (message.type === 'timeline:chapter')
        ctx.dispatch({ type: 'chapter', id: message.id ?? undefined, origin: 'host' });
      else ctx.dispatch({ type: 'view', view: message.view, origin: 'host' });
    });
  });
  post({ type: 'timeline:ready' });
  return { report: post };
}

import type { ClientEvent, ClientStrings } from '../core/timeline-payload.ts';
import type { AppContext } from './app-context.ts';

/** The panel beside the timeline that shows the selected event. */
export function connectDetail(panel: HTMLElement, ctx: AppContext, returnFocusTo: () => HTMLElement | null) {
  const body = panel.querySelector('[data-detail-body]')!;
  const link = panel.querySelector<HTMLAnchorElement>('[data-detail-link]')!;

  function close() {
    panel.hidden = true;
    returnFocusTo()?.focus();
  }
  panel.querySelector('[data-close]')!.addEventListener('click', close);
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });

  return {
    /** Shows an event: its rendered card when the page has one, else its date, type and title from the data. */
    open(event: ClientEvent, card: HTMLElement | undefined, strings: ClientStrings, focus: boolean) {
      body.replaceChildren(card ?? cardFromData(event, strings));
      link.href = new URL(`${ctx.config.eventPage}${event.id}/`, location.href).href;
      panel.hidden = false;
      if (focus) {
        panel.focus({ preventScroll: true });
        panel.scrollIntoView({ block: 'nearest', behavior: ctx.reducedMotion() ? 'auto' : 'smooth' });
      }
    },
    hide() {
      panel.hidden = true;
    },
    /** Adds to the open event's body: the "how long it took" strip, which comes with its own module. */
    append(node: Node) {
      body.append(node);
    },
  };
}

/** For large files whose entries live on year pages: date, type and title, set as text. */
function cardFromData(event: ClientEvent, strings: ClientStrings) {
  const card = document.createElement('article');
  const meta = document.createElement('p');
  meta.className = 'event-meta';
  meta.textContent = `${event.when} · ${strings.types[event.type]}`;
  const title = document.createElement('h3');
  title.className = 'event-title';
  title.textContent = event.title;
  card.append(meta, title);
  return card;
}

export type DetailPanel = ReturnType<typeof connectDetail>;

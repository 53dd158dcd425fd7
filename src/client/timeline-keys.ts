import type { ClientEvent } from '../core/timeline-payload.ts';
import type { AppContext, TimelineCommand } from './app-context.ts';

/**
 * The timeline's keys, on its own focusable element only (never the document): Chartability's "controls override
 * assistive technology" failure is a page-wide key handler. ⌘+wheel zooms too, for readers on a Mac.
 */
export function bindTimelineKeys(container: HTMLElement, ctx: AppContext, command: (command: TimelineCommand) => void) {
  const keys: Record<string, TimelineCommand | 'open'> = {
    ArrowRight: 'next',
    ArrowDown: 'next',
    ArrowLeft: 'prev',
    ArrowUp: 'prev',
    Home: 'first',
    End: 'last',
    Enter: 'open',
    '+': 'zoom-in',
    '=': 'zoom-in',
    '-': 'zoom-out',
    _: 'zoom-out',
  };
  container.addEventListener('keydown', (event) => {
    if (event.target !== container || event.altKey || event.ctrlKey || event.metaKey) return;
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    if (action === 'open') {
      if (ctx.selected()) ctx.dispatch({ type: 'open-detail', focus: true });
    } else {
      command(action);
    }
  });
  container.addEventListener(
    'wheel',
    (event) => {
      if (!event.metaKey) return;
      event.preventDefault();
      command(event.deltaY < 0 ? 'zoom-in' : 'zoom-out');
    },
    { passive: false },
  );
}

/** The event a step lands on: the next or previous shown event in time, or the first one in view when none is selected. */
export function stepFrom(
  shown: readonly ClientEvent[],
  selected: string | undefined,
  delta: number,
  windowStart: number,
) {
  if (shown.length === 0) return undefined;
  const index = selected ? shown.findIndex((e) => e.id === selected) : -1;
  if (index === -1) return delta > 0 ? (shown.find((e) => e.start >= windowStart) ?? shown[0]) : shown.at(-1);
  return shown[Math.min(shown.length - 1, Math.max(0, index + delta))];
}

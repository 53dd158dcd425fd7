// The timeline's keys, listened for on the timeline itself and acting only when focus is inside it: Chartability's
// "controls override assistive technology" failure is a page-wide key handler. The "How to use" disclosure lists them.

export type TimelineKey =
  | { kind: 'time'; delta: 1 | -1 }
  | { kind: 'lane'; delta: 1 | -1 }
  | { kind: 'end'; which: 'first' | 'last' }
  | { kind: 'open' }
  | { kind: 'close' }
  | { kind: 'zoom'; delta: 1 | -1 }
  | { kind: 'help' };

const KEYS: Record<string, TimelineKey> = {
  ArrowRight: { kind: 'time', delta: 1 },
  ArrowLeft: { kind: 'time', delta: -1 },
  ArrowDown: { kind: 'lane', delta: 1 },
  ArrowUp: { kind: 'lane', delta: -1 },
  Home: { kind: 'end', which: 'first' },
  End: { kind: 'end', which: 'last' },
  Enter: { kind: 'open' },
  ' ': { kind: 'open' },
  Escape: { kind: 'close' },
  '+': { kind: 'zoom', delta: 1 },
  '=': { kind: 'zoom', delta: 1 },
  '-': { kind: 'zoom', delta: -1 },
  _: { kind: 'zoom', delta: -1 },
  '?': { kind: 'help' },
};

/**
 * The key's action. ← and → follow what the reader sees: time runs in the reading direction, so in a right-to-left
 * page (Arabic: the earliest event at the right) ← goes forward in time and → back, as they move on screen.
 */
export function timelineKey(key: string, direction: 'ltr' | 'rtl'): TimelineKey | undefined {
  const action = Object.hasOwn(KEYS, key) ? KEYS[key] : undefined;
  if (direction === 'rtl' && action?.kind === 'time') return { kind: 'time', delta: action.delta === 1 ? -1 : 1 };
  return action;
}

export function bindTimelineKeys(lanes: HTMLElement, act: (key: TimelineKey, target: HTMLElement) => void) {
  lanes.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    if (!lanes.contains(target)) return;
    const key = timelineKey(event.key, getComputedStyle(lanes).direction === 'rtl' ? 'rtl' : 'ltr');
    // Enter and Space on a cluster press it (it zooms in), as on any button.
    if (!key || (key.kind === 'open' && target.dataset.kind && !target.dataset.id)) return;
    event.preventDefault();
    act(key, target);
  });
}

/** The "How to use" disclosure: `?` opens it and takes focus there; Escape closes it and goes back. */
export function connectHelp(help: HTMLDetailsElement | null, back: () => void) {
  const body = help?.querySelector<HTMLElement>('[data-howto-body]');
  help?.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !help.open) return;
    event.preventDefault();
    help.open = false;
    back();
  });
  return () => {
    if (!help || !body) return;
    help.open = true;
    body.focus();
  };
}

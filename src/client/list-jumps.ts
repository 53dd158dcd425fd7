// Jumps into the list land where they aim. Entries out of sight are laid out only as they come near
// (content-visibility: auto, src/styles/global.css), so just after a jump the entry above the target, partly on
// screen under the sticky header, takes its real height, and the browser's scroll anchoring, which holds that entry
// in place, carries the target away (measured: a year's heading 1,300 px above the screen on a phone). Laying that
// one entry out for good before aiming leaves nothing to move.

/** The list entry just before `target` in the page (not one that contains it). */
function entryBefore(target: Element): HTMLElement | undefined {
  let found: HTMLElement | undefined;
  for (const entry of document.querySelectorAll<HTMLElement>('.event-item')) {
    if (entry.contains(target) || !(entry.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
    found = entry;
  }
  return found;
}

/** Scrolls `target` to the top of the screen, at once, where it stays. */
export function jumpTo(target: Element) {
  const before = entryBefore(target);
  if (before) before.style.contentVisibility = 'visible';
  target.scrollIntoView({ block: 'start' });
}

/** Aims the browser's own jumps to a `#fragment` inside `root` again: on arrival and for every link followed after. */
export function keepFragmentJumpsOnTarget(root: HTMLElement) {
  const reaim = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    const target = id ? document.getElementById(id) : null;
    if (target && root.contains(target)) jumpTo(target);
  };
  addEventListener('hashchange', reaim);
  reaim();
}

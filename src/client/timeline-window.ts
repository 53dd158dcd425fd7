// The timeline's visible window and the gestures that move it: drag (mouse, pen or one finger) pans, a pinch or
// Ctrl/⌘ + wheel zooms around the pointer, a sideways wheel pans; the plain wheel is left to scroll the page.
// Moves made by code are animated unless the reader prefers reduced motion.
import type { TimeRange } from '../core/loaded-range.ts';

export interface WindowLimits {
  min: number;
  max: number;
  /** The narrowest window, in ms. */
  zoomMin: number;
}

export interface WindowOptions {
  limits: WindowLimits;
  /** Called for every window it passes through (once per frame at most). */
  onChange(range: TimeRange): void;
  /** Called when a move has ended; byUser when a gesture made it. */
  onSettle(range: TimeRange, byUser: boolean): void;
  animate(): boolean;
}

const DURATION = 300;

export function createWindow(surface: HTMLElement, initial: TimeRange, options: WindowOptions) {
  const { limits } = options;
  let current = clamp(initial);
  let animation = 0;
  let frame = 0;
  const width = () => Math.max(1, surface.clientWidth);

  function clamp(range: TimeRange): TimeRange {
    let span = Math.min(Math.max(range.end - range.start, limits.zoomMin), limits.max - limits.min);
    let start = Math.max(limits.min, Math.min(range.start, limits.max - span));
    if (!Number.isFinite(start) || !Number.isFinite(span))
      ({ start, span } = { start: limits.min, span: limits.max - limits.min });
    return { start, end: start + span };
  }

  function show(range: TimeRange) {
    current = clamp(range);
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      options.onChange(current);
    });
  }

  function set(range: TimeRange, animate = options.animate(), byUser = false) {
    cancelAnimationFrame(animation);
    const to = clamp(range);
    if (!animate) {
      current = to;
      options.onChange(current);
      options.onSettle(current, byUser);
      return;
    }
    const from = current;
    const began = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - began) / DURATION);
      const ease = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
      current = { start: from.start + (to.start - from.start) * ease, end: from.end + (to.end - from.end) * ease };
      options.onChange(current);
      if (t < 1) animation = requestAnimationFrame(step);
      else options.onSettle(current, byUser);
    };
    animation = requestAnimationFrame(step);
  }

  /** Zooms by `factor` (below 1 zooms in) keeping the instant at `anchor` where it is. */
  function zoom(factor: number, anchor = (current.start + current.end) / 2, animate?: boolean, byUser = false) {
    const start = anchor - (anchor - current.start) * factor;
    const end = anchor + (current.end - anchor) * factor;
    set({ start, end }, animate, byUser);
  }

  const timeAtClient = (clientX: number) => {
    const box = surface.getBoundingClientRect();
    return current.start + ((clientX - box.left) / width()) * (current.end - current.start);
  };

  // Pointer gestures: one pointer pans, two pinch.
  const pointers = new Map<number, number>();
  let dragged = false;
  let last: { x: number; span?: number } | undefined;
  const distance = () => {
    const xs = [...pointers.values()];
    return xs.length > 1 ? Math.abs(xs[0]! - xs[1]!) : 0;
  };
  surface.addEventListener('pointerdown', (event) => {
    if (event.button !== 0) return;
    pointers.set(event.pointerId, event.clientX);
    dragged = false;
    last = { x: event.clientX, span: distance() || undefined };
  });
  surface.addEventListener('pointermove', (event) => {
    if (!pointers.has(event.pointerId) || !last) return;
    pointers.set(event.pointerId, event.clientX);
    if (pointers.size > 1) {
      const span = distance();
      const centre = [...pointers.values()].reduce((a, b) => a + b, 0) / pointers.size;
      if (last.span && span > 0) {
        const anchor = timeAtClient(centre);
        const factor = last.span / span;
        show({ start: anchor - (anchor - current.start) * factor, end: anchor + (current.end - anchor) * factor });
      }
      last = { x: centre, span };
      dragged = true;
      return;
    }
    const dx = event.clientX - last.x;
    if (!dragged && Math.abs(dx) < 5) return;
    if (!dragged) surface.setPointerCapture(event.pointerId);
    dragged = true;
    last = { x: event.clientX };
    const shift = (dx / width()) * (current.end - current.start);
    show({ start: current.start - shift, end: current.end - shift });
  });
  const release = (event: PointerEvent) => {
    if (!pointers.delete(event.pointerId)) return;
    last = pointers.size ? { x: [...pointers.values()][0]! } : undefined;
    if (pointers.size === 0 && dragged) options.onSettle(current, true);
  };
  surface.addEventListener('pointerup', release);
  surface.addEventListener('pointercancel', release);
  // A drag that ends on a marker is not a click on it.
  surface.addEventListener(
    'click',
    (event) => {
      if (!dragged) return;
      dragged = false;
      event.stopPropagation();
      event.preventDefault();
    },
    true,
  );

  let wheelSettle = 0;
  surface.addEventListener(
    'wheel',
    (event) => {
      const sideways = Math.abs(event.deltaX) > Math.abs(event.deltaY);
      if (!(event.ctrlKey || event.metaKey) && !sideways) return;
      event.preventDefault();
      if (sideways) {
        const shift = (event.deltaX / width()) * (current.end - current.start);
        show({ start: current.start + shift, end: current.end + shift });
      } else {
        const anchor = timeAtClient(event.clientX);
        const factor = Math.exp(Math.max(-1, Math.min(1, event.deltaY * 0.004)));
        show({ start: anchor - (anchor - current.start) * factor, end: anchor + (current.end - anchor) * factor });
      }
      clearTimeout(wheelSettle);
      wheelSettle = window.setTimeout(() => options.onSettle(current, true), 200);
    },
    { passive: false },
  );

  return { get: () => current, set, zoom, width };
}

export type TimelineWindow = ReturnType<typeof createWindow>;

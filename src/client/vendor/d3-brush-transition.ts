// Stands in for `d3-transition` and `d3-interpolate` inside d3-brush alone (see astro.config.mjs). d3-brush imports
// them for brush.move on a transition (an animated move), and calls interrupt() to stop such an animation before a
// drag. The overview brush (src/client/overview-brush.ts) never animates: it moves on a selection, so there is no
// transition to interrupt and nothing to interpolate. Leaving them out keeps d3-transition, d3-interpolate, d3-color,
// d3-ease and d3-timer (about 11 KB gzipped) out of the timeline's chunk.

/** No transition is ever started on the brush, so there is none to stop. */
export function interrupt(): void {}

/** Used by d3-brush only when it is moved with a transition, which this site never does. */
export function interpolate(): never {
  throw new Error('the overview brush is never moved with a transition');
}

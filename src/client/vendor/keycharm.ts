// Stands in for the `keycharm` package inside vis-timeline (see astro.config.mjs): vis-timeline binds keys with it
// only for its clickToUse option, which this timeline does not use. The timeline's keys are its own
// (src/client/timeline-keys.ts), bound to the timeline alone.
export default function keycharm() {
  const none = () => undefined;
  return { bind: none, unbind: none, reset: none, destroy: none };
}

// vis-timeline's stylesheet, less the rules for parts of vis-timeline this timeline never shows: it is inlined into
// the lazy timeline chunk (src/client/timeline-view.ts), where 20 KB of it were Graph2d's legends and bars, the
// configurator, editing handles, vis-timeline's own tooltip, clusters, nested groups and the current-time bar.
// A rule goes only when every selector in it names one of these; everything else is kept as vis-timeline wrote it.

/** Classes vis-timeline gives only to what this design does not use (options in src/client/timeline-view.ts). */
export const UNUSED_VIS_CLASSES = [
  // Graph2d (the line and bar charts): never constructed.
  'vis-graph-group',
  'vis-legend',
  'vis-point',
  'vis-fill',
  'vis-bar',
  'vis-outline',
  'vis-icon-fill',
  'vis-data-axis',
  // The configurator (the `configure` option) and its colour picker.
  'vis-config',
  'vis-configuration',
  'vis-color-picker',
  // Editing, selecting and dragging items or groups (editable and selectable are off; groups are fixed lanes).
  'vis-delete',
  'vis-drag-left',
  'vis-drag-right',
  'vis-drag-center',
  'vis-onUpdateTime-tooltip',
  'vis-selected',
  'vis-editable',
  'vis-group-is-dragging',
  // vis-timeline's own item tooltip (items have no `title`: timeline-tooltip.ts shows ours), custom and current time
  // bars, rolling mode, the loading screen, clickToUse's overlay, its clusters and nested groups, vertical scrolling.
  'vis-tooltip',
  'vis-custom-time',
  'vis-current-time',
  'vis-rolling-mode-btn',
  'vis-loading-screen',
  'vis-overlay',
  'vis-active',
  'vis-cluster',
  'vis-nesting-group',
  'vis-nested-group',
  'vis-group-level',
  'vis-vertical-scroll',
];

/** A selector naming one of those classes, or a class that starts with one (vis-legend-text, vis-graph-group0). */
const unused = new RegExp(`\\.(?:${UNUSED_VIS_CLASSES.join('|')})`);

/** Drops the rules whose every selector names an unused class; keeps the rest as written. Flat CSS only (no @rules). */
export function stripVisTimelineCss(css: string): string {
  if (css.includes('@')) throw new Error('vis-timeline-css: at-rules are not handled; check the new stylesheet');
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('}')
    .filter((rule) => rule.trim())
    .flatMap((rule) => {
      const [selectors = '', body = ''] = rule.split('{');
      const kept = selectors.split(',').filter((s) => !unused.test(s));
      return kept.length ? [`${kept.join(',')}{${body}}`] : [];
    })
    .join('');
}

/** A Vite plugin: vis-timeline's stylesheet, imported `?inline`, arrives stripped. */
export function visTimelineCss() {
  return {
    name: 'vis-timeline-css',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      if (!/vis-timeline\/styles\/vis-timeline-graph2d\.min\.css\?inline$/.test(id)) return null;
      return { code: stripVisTimelineCss(code), map: null };
    },
  };
}

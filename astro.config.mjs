// @ts-check
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { offline } from './src/build/integrations/offline.ts';
import { securityHeaders } from './src/build/integrations/security-headers.ts';
import { liveData } from './src/build/integrations/live-data.ts';
import { media } from './src/build/integrations/media.ts';
import { visTimelineCss } from './src/build/vis-timeline-css.ts';

// Build-time code (share images) reads files from the project, whatever the current directory.
process.env.TIMELINE_PROJECT_ROOT ??= fileURLToPath(new URL('.', import.meta.url));

/**
 * Dependencies of vis-timeline and d3-brush this timeline has no use for, replaced by small stand-ins for those
 * importers alone (src/client/vendor/): the lazy timeline chunk stays small, and the real packages stay what any other
 * code (and the tests comparing the stand-ins with them) imports.
 */
const STAND_INS = [
  { importer: '/vis-timeline/', source: 'xss', file: 'xss.ts' },
  { importer: '/vis-timeline/', source: 'keycharm', file: 'keycharm.ts' },
  { importer: '/vis-timeline/', source: 'moment', file: 'moment.ts' },
  { importer: '/vis-timeline/', source: 'vis-util/esnext/esm/vis-util.js', file: 'vis-util.ts' },
  { importer: '/d3-brush/', source: 'd3-transition', file: 'd3-brush-transition.ts' },
  { importer: '/d3-brush/', source: 'd3-interpolate', file: 'd3-brush-transition.ts' },
];
const standIns = {
  name: 'stand-ins',
  enforce: /** @type {const} */ ('pre'),
  /** @param {string} source @param {string | undefined} importer */
  resolveId(source, importer) {
    const standIn = STAND_INS.find((s) => s.source === source && importer?.includes(s.importer));
    return standIn ? fileURLToPath(new URL(`./src/client/vendor/${standIn.file}`, import.meta.url)) : null;
  },
};

// SITE_URL and BASE_PATH let a newsroom publish under its own domain and sub-path.
// OUT_DIR lets the build tests build fixture files without touching dist/.
export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base: process.env.BASE_PATH || '/',
  // Relative OUT_DIR resolves from the current directory, like EVENTS_FILE. npm run build writes into a folder beside
  // it (TIMELINE_BUILD_DIR) and swaps that into place when the build has finished (scripts/build.ts).
  outDir: process.env.TIMELINE_BUILD_DIR || (process.env.OUT_DIR ? resolve(process.env.OUT_DIR) : './dist'),
  // Builds into other folders (tests, benchmark) get a cache of their own, so builds running side by side never share state.
  cacheDir: process.env.OUT_DIR
    ? resolve(dirname(resolve(process.env.OUT_DIR)), `.cache-${basename(process.env.OUT_DIR)}`)
    : './node_modules/.astro',
  trailingSlash: 'ignore',
  // Rendering a few pages at once overlaps their file writes: about a fifth faster at 10,000 events on 2 cores.
  build: { format: 'directory', concurrency: 4 },
  // Astro 7 defaults to 'jsx' whitespace handling, which silently eats spaces between inline elements.
  compressHTML: true,
  devToolbar: { enabled: false },
  // Media pictures (src/components/MediaPicture.astro): AVIF and WebP at a low effort, several times faster to make
  // on a 2-core machine for files a few percent larger, so a story with pictures still builds in about a minute.
  image: {
    service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 2 }, webp: { effort: 2 } } },
  },
  // In this order: the security headers add the CSP to each page, then the offline copy is made from the final pages.
  integrations: [media(), securityHeaders(), offline(), liveData()],
  // Native and layout-engine packages run in Node at build time; never bundle them.
  vite: {
    ssr: { external: ['@resvg/resvg-js', 'satori', 'pdfjs-dist', '@napi-rs/canvas', 'sharp'] },
    plugins: [standIns, visTimelineCss()],
    // The dev server pre-bundles vis-timeline and d3-brush: the same stand-ins there.
    optimizeDeps: { rolldownOptions: { plugins: [standIns] } },
  },
  // Sandboxed embeds have an opaque origin: their module scripts and data are CORS requests. Static hosts need the
  // same header for embeds to be interactive there (the build writes it into _headers; see README, "Security").
  server: { port: 4321, headers: { 'Access-Control-Allow-Origin': '*' } },
});

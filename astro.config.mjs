// @ts-check
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';

// SITE_URL and BASE_PATH let a newsroom publish under its own domain and sub-path.
// OUT_DIR lets the build tests build fixture files without touching dist/.
export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base: process.env.BASE_PATH || '/',
  // Relative OUT_DIR resolves from the current directory, like EVENTS_FILE.
  outDir: process.env.OUT_DIR ? resolve(process.env.OUT_DIR) : './dist',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  // Astro 7 defaults to 'jsx' whitespace handling, which silently eats spaces between inline elements.
  compressHTML: true,
  devToolbar: { enabled: false },
  server: { port: 4321 },
});

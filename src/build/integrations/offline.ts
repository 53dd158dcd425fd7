import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildOfflineZip } from './offline-zip.ts';
import { precacheList, serviceWorkerSource } from './service-worker-source.ts';

function listFiles(dir: string): { path: string; size: number }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [{ path: full, size: statSync(full).size }];
  });
}

/**
 * After the build: writes sw.js (precaching the built pages and assets, so the site works offline after one visit)
 * and offline.zip (a copy with relative links that opens from a folder or a USB stick).
 */
export function offline(): AstroIntegration {
  let base = '/';
  let site = 'http://localhost:4321';
  return {
    name: 'timeline-offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        if (config.site) site = config.site;
      },
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        const files = listFiles(out).map((f) => ({ path: relative(out, f.path).split('\\').join('/'), size: f.size }));
        const zip = buildOfflineZip(
          out,
          files.map((f) => f.path),
          base,
          site,
        );
        writeFileSync(join(out, 'offline.zip'), zip);
        const precache = precacheList(files);
        const version = String(files.reduce((hash, f) => (hash * 31 + f.size + f.path.length) % 2 ** 31, 7));
        writeFileSync(join(out, 'sw.js'), serviceWorkerSource({ base, version, precache }));
      },
    },
  };
}

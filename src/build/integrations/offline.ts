import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildOfflineZip } from './offline-zip.ts';
import {
  contentVersion,
  offlinePlan,
  serviceWorkerSource,
  takedownWorkerSource,
  type BuiltFile,
} from './service-worker-source.ts';

/** How long a page waits for the network before the kept copy is shown. */
const NETWORK_TIMEOUT_MS = 3000;

/**
 * OFFLINE: unset or "on" for the offline copy; "off" to withdraw it (a legal or privacy removal): pages stop
 * registering the worker, and sw.js becomes one that deletes this site's caches and unregisters itself.
 */
export function offlineMode(value: string | undefined): { mode: 'on' | 'off' } | { problem: string } {
  if (value === undefined || value === '' || value === 'on') return { mode: 'on' };
  if (value === 'off') return { mode: 'off' };
  return { problem: `OFFLINE=${value.slice(0, 40)}: expected on or off` };
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

/**
 * After the build: writes sw.js (the offline copy: pages kept as they are visited, the whole site on request) and
 * offline.zip (a copy with relative links that opens from a folder or a USB stick).
 */
export function offline(): AstroIntegration {
  let base = '/';
  let site = 'http://localhost:4321';
  const setting = offlineMode(process.env.OFFLINE);
  // scripts/build.ts checks this before building; a bare `astro build` is stopped here.
  if ('problem' in setting) throw new Error(setting.problem);
  return {
    name: 'timeline-offline',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        // Tells the pages' scripts whether to register the worker (src/client/offline-copy.ts).
        updateConfig({ vite: { define: { __OFFLINE_COPY__: JSON.stringify(setting.mode === 'on') } } });
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        if (config.site) site = config.site;
      },
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        const files: BuiltFile[] = listFiles(out).map((file) => ({
          path: relative(out, file).split('\\').join('/'),
          size: statSync(file).size,
        }));
        writeFileSync(
          join(out, 'offline.zip'),
          buildOfflineZip(
            out,
            files.map((f) => f.path),
            base,
            site,
            new Date().toISOString().slice(0, 10),
          ),
        );
        if (setting.mode === 'off') {
          writeFileSync(join(out, 'sw.js'), takedownWorkerSource(base));
          return;
        }
        const { cacheable, ...plan } = offlinePlan(files);
        const source = serviceWorkerSource({
          base,
          version: contentVersion(out, cacheable),
          known: plan.known,
          anyEventPage: plan.anyEventPage,
          save: plan.save,
          saveBytes: plan.saveBytes,
          networkTimeout: NETWORK_TIMEOUT_MS,
        });
        writeFileSync(join(out, 'sw.js'), source);
      },
    },
  };
}

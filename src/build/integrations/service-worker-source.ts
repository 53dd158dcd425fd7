import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { offlineWorker, takedownWorker, type OfflineWorkerConfig } from '../../client/offline-worker.ts';

export interface BuiltFile {
  /** Relative to the output folder, with forward slashes. */
  path: string;
  size: number;
}

// Never kept offline: social images, oEmbed files and embeds (other people's pages show those), the ZIP (a download
// in its own right), the worker itself, host and crawler files, the build marker, and the 404 page (offline, the
// browser's own "no connection" page is the truthful answer).
const NOT_CACHEABLE =
  /^(share|oembed|embed)\/|^(offline\.zip|sw\.js|embed\.js|_headers|robots\.txt|sitemap\.xml|404\.html|\.timeline-build)$|\.map$/;
const EVENT_PAGE = /^events\/[^/]+\/index\.html$/;
/** Past this many event pages the worker knows them by their shape instead of a list, to keep sw.js small. */
export const MAX_LISTED_EVENT_PAGES = 1000;

/** The URL path (relative to the base) a built file is served at: "events/a/index.html" → "events/a/". */
const urlPath = (file: string) => file.replace(/(^|\/)index\.html$/, '$1');

export interface OfflinePlan {
  /** Every file the worker may keep. */
  cacheable: BuiltFile[];
  known: string[];
  anyEventPage: boolean;
  save: string[];
  saveBytes: number;
}

/**
 * What the offline copy may keep, and what "Save for offline use" fetches: everything, or for very large sites
 * (over `budgetBytes`) only the core, event and year pages then being kept as they are visited.
 */
export function offlinePlan(files: BuiltFile[], budgetBytes = 15_000_000): OfflinePlan {
  const cacheable = files.filter((f) => !NOT_CACHEABLE.test(f.path));
  const eventPages = cacheable.filter((f) => EVENT_PAGE.test(f.path));
  const anyEventPage = eventPages.length > MAX_LISTED_EVENT_PAGES;
  const listed = anyEventPage ? cacheable.filter((f) => !EVENT_PAGE.test(f.path)) : cacheable;
  const total = listed.reduce((sum, f) => sum + f.size, 0);
  const saved = total <= budgetBytes ? listed : listed.filter((f) => !/^(events|years)\//.test(f.path));
  return {
    cacheable,
    known: listed.map((f) => urlPath(f.path)),
    anyEventPage,
    save: saved.map((f) => urlPath(f.path)),
    saveBytes: saved.reduce((sum, f) => sum + f.size, 0),
  };
}

/**
 * The worker's version: a hash of the path and the contents of every file it may keep, so that any correction,
 * even "2007" → "2006", changes sw.js and every browser that kept a copy installs the new worker and refetches.
 */
export function contentVersion(outDir: string, files: BuiltFile[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    hash
      .update(file.path)
      .update('\0')
      .update(readFileSync(join(outDir, file.path)))
      .update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * A worker function's source as it runs. Node strips TypeScript types by blanking them out (`scope: WorkerScope`
 * becomes `scope` and a run of spaces), so runs of spaces after code are tidied away; indentation is left as it is.
 */
function functionSource(worker: (...args: never[]) => void): string {
  return worker
    .toString()
    .replace(/(?<=\S) {2,}(?=[,;)(])/g, '')
    .replace(/(?<=\S) {2,}(?=[{=])/g, ' ');
}

const header = (what: string) =>
  `// Generated from src/client/offline-worker.ts: ${what}. See README, "Offline" and "Security".\n'use strict';\n`;

/** sw.js for the offline copy. */
export function serviceWorkerSource(config: OfflineWorkerConfig): string {
  return `${header('the offline copy')}(${functionSource(offlineWorker)})(self, ${JSON.stringify(config)});\n`;
}

/** sw.js that removes the offline copy: it deletes this site's caches and unregisters itself. */
export function takedownWorkerSource(base: string): string {
  return `${header("the takedown: this site's offline copy is withdrawn")}(${functionSource(takedownWorker)})(self, ${JSON.stringify({ base })});\n`;
}

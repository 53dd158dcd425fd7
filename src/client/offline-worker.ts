// The offline copy's service worker, as typed code. The build writes sw.js as the source text of one of these
// functions called with `self` and that build's settings (src/build/integrations/service-worker-source.ts), so each
// function must stand alone: it may use only its parameters and the worker's globals, never anything else declared
// or imported in this file. Types are erased, so declaring them here is fine.

/** What the build tells the worker. Paths are relative to the base path: '' is the home page, 'about/' a page. */
export interface OfflineWorkerConfig {
  /** The base path the site is published under, with a trailing slash. */
  base: string;
  /** A hash of every cacheable file's path and contents: any correction, even one character, changes it. */
  version: string;
  /** Every path the worker may keep: pages (as folders), assets, data. Nothing else is ever stored. */
  known: string[];
  /** Event pages too many to list: `events/<id>/` for any slug counts as known (a page the host does not have is a 404, never stored). */
  anyEventPage: boolean;
  /** What "Save for offline use" keeps: every known path, or only the core when the site is very large. */
  save: string[];
  /** Their size in bytes, for the button. */
  saveBytes: number;
  /** How long a page waits for the network before the kept copy is shown, in milliseconds. */
  networkTimeout: number;
}

/** The takedown worker needs only the base path. */
export interface TakedownConfig {
  base: string;
}

// The parts of the service-worker global scope used here. The project compiles against the DOM library, and the
// WebWorker library cannot be loaded beside it, so these few shapes are declared by hand.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
  readonly source: { readonly url: string } | null;
  readonly ports: readonly MessagePort[];
}
interface WindowClient {
  readonly url: string;
  navigate(url: string): Promise<unknown>;
}
export interface WorkerScope {
  readonly location: { readonly origin: string };
  readonly caches: CacheStorage;
  readonly registration: { unregister(): Promise<boolean> };
  readonly clients: { claim(): Promise<void>; matchAll(options: { type: 'window' }): Promise<readonly WindowClient[]> };
  fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}

/** Messages the pages send (src/client/offline-copy.ts); replies go back on the port that comes with them. */
export type OfflineMessage =
  { type: 'timeline:visited'; path: string } | { type: 'timeline:status' } | { type: 'timeline:save' };

export type OfflineReply =
  | { type: 'status'; saved: boolean; bytes: number; files: number }
  | { type: 'progress'; done: number; total: number }
  | { type: 'saved' }
  | { type: 'failed' };

/**
 * The offline copy. Pages are network first (a correction shows at once whenever there is a network), falling back
 * to the kept copy after `networkTimeout` or when offline; hashed assets are cache first. Only paths the build
 * knows are kept, under their path alone (no query variants). Pages are kept as they are visited; "Save for offline
 * use" keeps the rest. A new version refetches, fresh, everything the reader had, so corrections reach offline
 * copies; it then deletes only this site's older caches, never those of another site on the same origin.
 */
export function offlineWorker(scope: WorkerScope, config: OfflineWorkerConfig): void {
  const origin = scope.location.origin;
  const base = config.base;
  // Per site and base path: two timelines on one origin (/graphics/a/, /graphics/b/) never touch each other's caches.
  const prefix = `timeline:${origin}${base}:`;
  const current = prefix + config.version;
  const savedFlag = `${origin}${base}.offline-saved`;
  const known = new Set(config.known.map((path) => base + path));
  const eventPage = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}events/[a-z0-9-]+/$`);
  // Assets and data by file name, to find what a kept page or script needs (stylesheets, scripts, timeline.json).
  const files = new Map<string, string>();
  for (const path of known) if (!path.endsWith('/')) files.set(path.slice(path.lastIndexOf('/') + 1), path);

  /** The path a request is kept under, or undefined when it is not something this build made. */
  const keyOf = (url: URL): string | undefined => {
    if (url.origin !== origin) return undefined;
    const path = url.pathname.endsWith('/index.html') ? url.pathname.slice(0, -'index.html'.length) : url.pathname;
    return known.has(path) || (config.anyEventPage && eventPage.test(path)) ? origin + path : undefined;
  };
  const open = () => scope.caches.open(current);
  const storable = (response: Response) => response.ok && response.type === 'basic' && !response.redirected;

  function keep(key: string, response: Response): Promise<void> {
    if (!storable(response)) return Promise.resolve();
    const copy = response.clone();
    return open().then((cache) => cache.put(key, copy));
  }

  /** Files a page, stylesheet or script refers to by name, which it needs to work offline. */
  function referencedFiles(text: string): string[] {
    const found: string[] = [];
    for (const [name] of text.matchAll(/[\w.-]+\.(?:js|css|json|svg|woff2?)/g)) {
      const path = files.get(name);
      if (path) found.push(origin + path);
    }
    return found;
  }

  /**
   * Fetches paths fresh from the network (revalidating, so a correction is never served from the HTTP cache) with
   * what they need, into `cache`, four at a time. All or nothing: the first failure rejects.
   */
  async function fetchAll(cache: Cache, keys: string[], onProgress?: (done: number, total: number) => void) {
    const queue = [...new Set(keys)];
    const seen = new Set(queue);
    let done = 0;
    const next = async (): Promise<void> => {
      const key = queue.shift();
      if (key === undefined) return;
      const response = await scope.fetch(key, { cache: 'no-cache' });
      if (!storable(response)) throw new Error(`${key}: ${response.status}`);
      const type = response.headers.get('content-type') ?? '';
      if (/html|css|javascript/.test(type))
        for (const needed of referencedFiles(await response.clone().text()))
          if (!seen.has(needed)) {
            seen.add(needed);
            queue.push(needed);
          }
      await cache.put(key, response);
      onProgress?.(++done, seen.size);
      return next();
    };
    await Promise.all([next(), next(), next(), next()]);
  }

  async function ownOlderCaches(): Promise<string[]> {
    return (await scope.caches.keys()).filter((name) => name.startsWith(prefix) && name !== current);
  }

  scope.addEventListener('install', (event) => {
    // Refetch what the reader had kept (or everything, if they saved the site), so the new version's copy holds
    // the corrected text. If the network fails, the install fails: the old worker and its copy stay as they were.
    event.waitUntil(
      (async () => {
        let saved = false;
        const had: string[] = [];
        for (const name of await ownOlderCaches()) {
          for (const request of await (await scope.caches.open(name)).keys()) {
            if (request.url === savedFlag) saved = true;
            else if (keyOf(new URL(request.url))) had.push(request.url);
          }
        }
        const cache = await open();
        await fetchAll(cache, saved ? [...had, ...config.save.map((path) => origin + base + path)] : had);
        if (saved) await cache.put(savedFlag, new Response('saved'));
      })(),
    );
  });

  scope.addEventListener('activate', (event) => {
    event.waitUntil(
      (async () => {
        for (const name of await ownOlderCaches()) await scope.caches.delete(name);
        // Caches of this tool's first release ("timeline-<n>"), deleted only if they hold this site's home page.
        for (const name of await scope.caches.keys())
          if (/^timeline-\d+$/.test(name) && (await (await scope.caches.open(name)).match(origin + base)))
            await scope.caches.delete(name);
        await scope.clients.claim();
      })(),
    );
  });

  scope.addEventListener('fetch', (event) => {
    const request = event.request;
    if (request.method !== 'GET') return;
    const key = keyOf(new URL(request.url));
    // Not something this build made (another project's page, offline.zip, an embed): the browser fetches it as usual.
    if (!key) return;
    if (new URL(key).pathname.startsWith(`${base}_astro/`)) {
      // Hashed file names never change: a kept copy is always right.
      event.respondWith(
        open()
          .then((cache) => cache.match(key))
          .then((hit) => {
            if (hit) return hit;
            const network = scope.fetch(request);
            event.waitUntil(network.then((response) => keep(key, response)).catch(() => undefined));
            return network;
          }),
      );
      return;
    }
    // Pages and data: the network first, so corrections show at once; the kept copy when offline, or when the
    // network has not answered within the timeout (flaky classroom Wi-Fi); the network's answer is kept either way.
    const network = scope.fetch(request);
    event.waitUntil(network.then((response) => keep(key, response)).catch(() => undefined));
    const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, config.networkTimeout));
    event.respondWith(
      Promise.race([network.catch(() => undefined), timeout]).then(
        async (answer) => answer ?? (await open().then((cache) => cache.match(key))) ?? network,
      ),
    );
  });

  scope.addEventListener('message', (event) => {
    const message = event.data as OfflineMessage | undefined;
    const port = event.ports[0];
    const reply = (answer: OfflineReply) => port?.postMessage(answer);
    // Only this site's own pages may ask (another site on the origin could find this worker too).
    if (!message || !event.source?.url.startsWith(origin + base)) return;
    if (message.type === 'timeline:visited') {
      // The page was loaded before this worker controlled it: keep it, and what it needs, now.
      const key = keyOf(new URL(message.path, origin));
      if (key) event.waitUntil(open().then((cache) => fetchAll(cache, [key]).catch(() => undefined)));
    } else if (message.type === 'timeline:status') {
      event.waitUntil(
        open()
          .then((cache) => cache.match(savedFlag))
          .then((hit) =>
            reply({ type: 'status', saved: Boolean(hit), bytes: config.saveBytes, files: config.save.length }),
          ),
      );
    } else if (message.type === 'timeline:save') {
      event.waitUntil(
        open()
          .then(async (cache) => {
            await fetchAll(
              cache,
              config.save.map((path) => origin + base + path),
              (done, total) => reply({ type: 'progress', done, total }),
            );
            await cache.put(savedFlag, new Response('saved'));
          })
          .then(
            () => reply({ type: 'saved' }),
            () => reply({ type: 'failed' }),
          ),
      );
    }
  });
}

/**
 * The takedown worker (OFFLINE=off, or `npm run takedown`): it replaces the offline copy's worker at the
 * next online visit, deletes this site's caches and no one else's, unregisters itself and reloads open pages, so
 * they show what the server now has.
 */
export function takedownWorker(scope: WorkerScope, config: TakedownConfig): void {
  const origin = scope.location.origin;
  const prefix = `timeline:${origin}${config.base}:`;
  scope.addEventListener('install', (event) => event.waitUntil(scope.skipWaiting()));
  scope.addEventListener('activate', (event) => {
    event.waitUntil(
      (async () => {
        // Control the open pages first: only then may this worker reload them.
        await scope.clients.claim();
        for (const name of await scope.caches.keys()) {
          const legacy =
            /^timeline-\d+$/.test(name) && (await (await scope.caches.open(name)).match(origin + config.base));
          if (name.startsWith(prefix) || legacy) await scope.caches.delete(name);
        }
        await scope.registration.unregister();
        for (const client of await scope.clients.matchAll({ type: 'window' }))
          await client.navigate(client.url).catch(() => undefined);
      })(),
    );
  });
}

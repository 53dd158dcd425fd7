import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileFunction } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import type { OfflineWorkerConfig } from '../../src/client/offline-worker.ts';
import {
  contentVersion,
  offlinePlan,
  serviceWorkerSource,
  takedownWorkerSource,
} from '../../src/build/integrations/service-worker-source.ts';

// The worker as it ships: the generated sw.js text, run against an in-memory Cache Storage shared by one origin.
const ORIGIN = 'https://news.example.org';

class MemoryCache {
  readonly entries = new Map<string, Response>();
  put(key: RequestInfo, response: Response) {
    this.entries.set(typeof key === 'string' ? key : key.url, response);
    return Promise.resolve();
  }
  match(key: RequestInfo) {
    return Promise.resolve(this.entries.get(typeof key === 'string' ? key : key.url)?.clone());
  }
  keys() {
    return Promise.resolve([...this.entries.keys()].map((url) => new Request(url)));
  }
  async text(key: string) {
    return (await this.match(key))?.text();
  }
}

class MemoryStorage {
  readonly caches = new Map<string, MemoryCache>();
  open(name: string) {
    if (!this.caches.has(name)) this.caches.set(name, new MemoryCache());
    return Promise.resolve(this.caches.get(name)!);
  }
  keys() {
    return Promise.resolve([...this.caches.keys()]);
  }
  delete(name: string) {
    return Promise.resolve(this.caches.delete(name));
  }
}

/** A response as the site's own server gives it ("basic", as same-origin responses are in a worker). */
function served(body: string, type = 'text/html') {
  const response = new Response(body, { headers: { 'content-type': type } });
  Object.defineProperty(response, 'type', { value: 'basic' });
  return response;
}

/** The host: path → body, or undefined for a 404; `offline` makes every request fail. */
function network(files: Record<string, string>) {
  const state = { files, offline: false, hang: false };
  const fetch = (input: RequestInfo | URL) => {
    if (state.offline) return Promise.reject(new TypeError('Failed to fetch'));
    if (state.hang) return new Promise<Response>(() => undefined);
    const path = new URL(typeof input === 'string' || input instanceof URL ? input : input.url).pathname;
    const body = state.files[path];
    if (body === undefined) return Promise.resolve(served('not found'.padEnd(10), 'text/html')).then(notFound);
    return Promise.resolve(served(body, path.endsWith('.css') ? 'text/css' : 'text/html'));
  };
  return { state, fetch };
}
const notFound = (response: Response) => {
  const copy = new Response(response.body, { status: 404 });
  Object.defineProperty(copy, 'type', { value: 'basic' });
  return copy;
};

type Listener = (event: unknown) => void;

/** One worker, as a browser runs it: its events, their waitUntil promises, and what it answered. */
function startWorker(source: string, storage: MemoryStorage, fetch: (input: RequestInfo | URL) => Promise<Response>) {
  const listeners: Record<string, Listener[]> = {};
  const scope = {
    location: { origin: ORIGIN },
    caches: storage,
    registration: { unregister: vi.fn(() => Promise.resolve(true)) },
    clients: { claim: () => Promise.resolve(), matchAll: () => Promise.resolve([]) },
    fetch,
    skipWaiting: () => Promise.resolve(),
    addEventListener: (type: string, listener: Listener) => (listeners[type] ??= []).push(listener),
  };
  // Run as a browser runs sw.js: the file's text, with `self` as the worker's global scope.
  (compileFunction(source, ['self']) as (self: unknown) => void)(scope);
  /** Dispatches an event; with `settle`, also waits for the work it kept going (waitUntil). */
  async function dispatch(type: string, fields: object = {}, settle = true) {
    const pending: Promise<unknown>[] = [];
    let response: Promise<Response> | undefined;
    const event = {
      ...fields,
      waitUntil: (promise: Promise<unknown>) => pending.push(promise),
      respondWith: (answer: Promise<Response>) => (response = answer),
    };
    for (const listener of listeners[type] ?? []) listener(event);
    const answer = response ? await response : undefined;
    if (settle) await Promise.all(pending);
    return answer;
  }
  return {
    scope,
    install: () => dispatch('install'),
    activate: () => dispatch('activate'),
    /** A page's request, or undefined when the worker leaves it to the browser. */
    get: (path: string, settle = true) => dispatch('fetch', { request: new Request(ORIGIN + path) }, settle),
    /** A message from a page at `from`; the replies it gets. */
    async tell(from: string, data: object) {
      const replies: unknown[] = [];
      await dispatch('message', {
        data,
        source: { url: ORIGIN + from },
        ports: [{ postMessage: (m: unknown) => replies.push(m) }],
      });
      return replies;
    },
  };
}

const site = (base: string, version: string, extra: Partial<OfflineWorkerConfig> = {}) =>
  serviceWorkerSource({
    base,
    version,
    known: ['', 'about/', 'events/a/', 'events/b/', '_astro/site.abc123.css', 'timeline.json'],
    anyEventPage: false,
    save: ['', 'about/', 'events/a/', 'events/b/', '_astro/site.abc123.css', 'timeline.json'],
    saveBytes: 1234,
    networkTimeout: 50,
    ...extra,
  });

const files = (base: string, text = 'v1') => ({
  [base]: `<link href="${base}_astro/site.abc123.css"> home ${text}`,
  [`${base}about/`]: `about ${text}`,
  [`${base}events/a/`]: `event a ${text}`,
  [`${base}events/b/`]: `event b ${text}`,
  [`${base}_astro/site.abc123.css`]: 'body{}',
  [`${base}timeline.json`]: '{}',
  [`${base}offline.zip`]: 'zip',
});

/** A reader who installed version 1 of the site under /a/ and saved it for offline use. */
async function saveVersionOne(storage: MemoryStorage, host: ReturnType<typeof network>) {
  const v1 = startWorker(site('/a/', 'v1'), storage, host.fetch);
  await v1.install();
  await v1.activate();
  await v1.tell('/a/', { type: 'timeline:save' });
}

describe('the offline worker (sw.js as built)', () => {
  it('keeps only what the build made, under its path alone: no query variants, not the ZIP, not other projects', async () => {
    const storage = new MemoryStorage();
    const host = network({ ...files('/a/'), '/other/page/': 'someone else' });
    const worker = startWorker(site('/a/', 'v1'), storage, host.fetch);
    await worker.install();
    await worker.activate();
    expect(await (await worker.get('/a/?event=b&types=case'))!.text()).toContain('home v1');
    expect(await worker.get('/a/offline.zip')).toBeUndefined();
    expect(await worker.get('/other/page/')).toBeUndefined();
    expect(await worker.get('/a/events/zzz/')).toBeUndefined();
    const cache = storage.caches.get(`timeline:${ORIGIN}/a/:v1`)!;
    expect([...cache.entries.keys()]).toEqual([`${ORIGIN}/a/`]);
  });

  it('answers from the network first, and from the kept copy when offline or after the timeout', async () => {
    const storage = new MemoryStorage();
    const host = network(files('/a/'));
    const worker = startWorker(site('/a/', 'v1'), storage, host.fetch);
    await worker.install();
    await worker.activate();
    await worker.get('/a/about/');
    host.state.files['/a/about/'] = 'about corrected';
    expect(await (await worker.get('/a/about/'))!.text()).toBe('about corrected');
    host.state.offline = true;
    expect(await (await worker.get('/a/about/'))!.text()).toBe('about corrected');
    await expect(worker.get('/a/events/b/')).rejects.toThrow('Failed to fetch');
    // Flaky Wi-Fi: the network never answers, and the kept copy is shown after the timeout (50 ms here, 3 s built).
    host.state.offline = false;
    host.state.hang = true;
    const started = Date.now();
    const answer = await Promise.race([
      worker.get('/a/about/', false).then((r) => r!.text()),
      new Promise((resolve) => setTimeout(resolve, 2000, 'still waiting')),
    ]);
    expect(answer).toBe('about corrected');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('keeps the page on screen and what it needs when asked, and only for its own site', async () => {
    const storage = new MemoryStorage();
    const worker = startWorker(site('/a/', 'v1'), storage, network(files('/a/')).fetch);
    await worker.install();
    await worker.activate();
    await worker.tell('/a/', { type: 'timeline:visited', path: '/a/' });
    const cache = storage.caches.get(`timeline:${ORIGIN}/a/:v1`)!;
    expect([...cache.entries.keys()].sort()).toEqual([`${ORIGIN}/a/`, `${ORIGIN}/a/_astro/site.abc123.css`]);
    expect(await worker.tell('/b/', { type: 'timeline:status' })).toEqual([]);
    expect(await worker.tell('/a/about/', { type: 'timeline:status' })).toEqual([
      { type: 'status', saved: false, bytes: 1234, files: 6 },
    ]);
  });

  it('saves the whole site on request, with progress, and says so afterwards', async () => {
    const storage = new MemoryStorage();
    const worker = startWorker(site('/a/', 'v1'), storage, network(files('/a/')).fetch);
    await worker.install();
    await worker.activate();
    const replies = await worker.tell('/a/classroom/', { type: 'timeline:save' });
    expect(replies.at(-1)).toEqual({ type: 'saved' });
    expect(replies).toContainEqual({ type: 'progress', done: 6, total: 6 });
    const cache = storage.caches.get(`timeline:${ORIGIN}/a/:v1`)!;
    expect(await cache.text(`${ORIGIN}/a/events/b/`)).toBe('event b v1');
    expect(await worker.tell('/a/', { type: 'timeline:status' })).toEqual([
      { type: 'status', saved: true, bytes: 1234, files: 6 },
    ]);
  });

  it('after a correction, a new version refetches what the reader kept, so offline they read the corrected text', async () => {
    const storage = new MemoryStorage();
    const host = network(files('/a/'));
    await saveVersionOne(storage, host);
    // The correction is published; the reader comes online and opens only the home page: the browser finds the new sw.js.
    host.state.files = files('/a/', 'v2');
    const v2 = startWorker(site('/a/', 'v2'), storage, host.fetch);
    await v2.install();
    await v2.activate();
    expect([...storage.caches.keys()]).toEqual([`timeline:${ORIGIN}/a/:v2`]);
    host.state.offline = true;
    expect(await (await v2.get('/a/events/b/'))!.text()).toBe('event b v2');
    expect(await v2.tell('/a/', { type: 'timeline:status' })).toEqual([
      { type: 'status', saved: true, bytes: 1234, files: 6 },
    ]);
  });

  it('leaves a failed update alone: the old copy stays whole until the new one is complete', async () => {
    const storage = new MemoryStorage();
    const host = network(files('/a/'));
    await saveVersionOne(storage, host);
    host.state.offline = true;
    await expect(startWorker(site('/a/', 'v2'), storage, host.fetch).install()).rejects.toThrow();
    expect(await storage.caches.get(`timeline:${ORIGIN}/a/:v1`)!.text(`${ORIGIN}/a/events/b/`)).toBe('event b v1');
  });

  it('two timelines on one origin, under two base paths, keep each other’s caches', async () => {
    const storage = new MemoryStorage();
    const host = network({ ...files('/graphics/a/'), ...files('/graphics/b/') });
    const a1 = startWorker(site('/graphics/a/', 'v1'), storage, host.fetch);
    await a1.install();
    await a1.activate();
    await a1.tell('/graphics/a/', { type: 'timeline:save' });
    const b1 = startWorker(site('/graphics/b/', 'v1'), storage, host.fetch);
    await b1.install();
    await b1.activate();
    await b1.get('/graphics/b/about/');
    const a2 = startWorker(site('/graphics/a/', 'v2'), storage, host.fetch);
    await a2.install();
    await a2.activate();
    expect([...storage.caches.keys()].sort()).toEqual([
      `timeline:${ORIGIN}/graphics/a/:v2`,
      `timeline:${ORIGIN}/graphics/b/:v1`,
    ]);
    expect(await storage.caches.get(`timeline:${ORIGIN}/graphics/b/:v1`)!.text(`${ORIGIN}/graphics/b/about/`)).toBe(
      'about v1',
    );
    // And a site at the root does not take the other two's pages.
    const root = startWorker(site('/', 'v1'), storage, host.fetch);
    expect(await root.get('/graphics/a/about/')).toBeUndefined();
  });

  it('the takedown worker deletes this site’s caches and no one else’s, then unregisters', async () => {
    const storage = new MemoryStorage();
    for (const name of [
      `timeline:${ORIGIN}/a/:v1`,
      `timeline:${ORIGIN}/a/b/:v1`,
      `timeline:${ORIGIN}/b/:v1`,
      'other-app',
    ])
      await storage.open(name);
    await (await storage.open('timeline-123')).put(`${ORIGIN}/a/`, served('first release'));
    const worker = startWorker(takedownWorkerSource('/a/'), storage, network({}).fetch);
    await worker.install();
    await worker.activate();
    expect([...storage.caches.keys()].sort()).toEqual([
      'other-app',
      `timeline:${ORIGIN}/a/b/:v1`,
      `timeline:${ORIGIN}/b/:v1`,
    ]);
    expect(worker.scope.registration.unregister).toHaveBeenCalled();
  });
});

describe('what the offline copy may keep', () => {
  const built = [
    { path: 'index.html', size: 10 },
    { path: 'events/a/index.html', size: 20 },
    { path: '_astro/x.abc.js', size: 30 },
    { path: 'offline.zip', size: 99 },
    { path: 'embed/index.html', size: 5 },
    { path: 'share/_site.png', size: 5 },
    { path: '404.html', size: 5 },
    { path: 'sw.js', size: 5 },
  ];
  it('lists pages as their addresses and leaves out the ZIP, embeds, share images and the 404 page', () => {
    const plan = offlinePlan(built);
    expect(plan.known).toEqual(['', 'events/a/', '_astro/x.abc.js']);
    expect(plan.save).toEqual(plan.known);
    expect(plan.saveBytes).toBe(60);
  });

  it('saves only the core of a very large site, leaving event pages to be kept as visited', () => {
    expect(offlinePlan(built, 50).save).toEqual(['', '_astro/x.abc.js']);
  });

  it('knows the event pages of a very large site by their shape, to keep sw.js small', () => {
    const many = Array.from({ length: 1001 }, (_, i) => ({ path: `events/e${i}/index.html`, size: 1 }));
    const plan = offlinePlan([...built, ...many]);
    expect(plan.anyEventPage).toBe(true);
    expect(plan.known).toEqual(['', '_astro/x.abc.js']);
  });

  it('changes version with one character of any kept file, and only then', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sw-version-'));
    const write = (text: string) => writeFileSync(join(dir, 'index.html'), text);
    const version = () => contentVersion(dir, [{ path: 'index.html', size: 4 }]);
    write('2007');
    const before = version();
    expect(version()).toBe(before);
    write('2006');
    expect(version()).not.toBe(before);
  });
});

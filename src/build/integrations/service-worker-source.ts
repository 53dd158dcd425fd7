/** Files worth keeping offline: pages and what they need, not social images, oEmbed files, embeds or the ZIP. */
export function precacheList(files: { path: string; size: number }[], budgetBytes = 15_000_000): string[] {
  const wanted = files.filter((f) => !/^(share|oembed|embed)\/|^offline\.zip$|^sw\.js$|^_headers$|\.map$/.test(f.path));
  const core = wanted.filter((f) => !/^(events|years)\//.test(f.path));
  const pages = wanted.filter((f) => /^(events|years)\//.test(f.path));
  const total = wanted.reduce((sum, f) => sum + f.size, 0);
  // Very large files: keep the core offline and cache event pages as they are visited.
  const chosen = total <= budgetBytes ? [...core, ...pages] : core;
  return chosen.map((f) => f.path.replace(/(^|\/)index\.html$/, '$1'));
}

/** The service worker: precache on install, network first for pages (so it updates on the next online visit), cache first for hashed assets. */
export function serviceWorkerSource(options: { base: string; version: string; precache: string[] }): string {
  return `// Generated at build time. Makes the site work offline after one visit.
const CACHE = 'timeline-${options.version}';
const BASE = ${JSON.stringify(options.base)};
const PRECACHE = ${JSON.stringify(options.precache.map((p) => options.base + p))};

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('timeline-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== location.origin || !url.pathname.startsWith(BASE)) return;
  if (url.pathname.startsWith(BASE + '_astro/')) {
    // Hashed file names never change: the cache is always right.
    event.respondWith(caches.match(request).then((hit) => hit || fetch(request).then((response) => store(request, response))));
    return;
  }
  // Pages and data: the network when there is one (so edits arrive), the cache when there is not.
  event.respondWith(
    fetch(request)
      .then((response) => store(request, response))
      .catch(() => caches.match(request, { ignoreSearch: true }).then((hit) => hit || caches.match(BASE + '404.html'))),
  );
});

function store(request, response) {
  if (response.ok && response.type === 'basic') {
    const copy = response.clone();
    caches.open(CACHE).then((cache) => cache.put(request, copy));
  }
  return response;
}
`;
}

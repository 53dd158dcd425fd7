// npm run bench: build and load synthetic files of 100, 1,000 and 10,000 events, and TimelineJS on the same events.
// Prints a table and writes bench/results.json. Figures, not pass/fail: targets are read off the table.
// Parts: BENCH_SIZES=100,1000 (empty: no size runs) and BENCH_LIGHTHOUSE=story,300 (empty: no audits); a part left
// out keeps its figures from the last results.json. BENCH_LIGHTHOUSE_RUNS=3 audits each file three times and records
// the median (Lighthouse on a shared machine varies by several points from run to run). TEST_PORT_OFFSET shifts the
// local servers' ports, as in the tests.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  copyFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { findChromium } from '../scripts/chromium-path.ts';
import { generateEvents } from '../tests/support/generate-events.ts';
import { serveFolder } from '../tests/support/static-server.ts';
import { toTimelineJs } from '../src/build/export-timelinejs.ts';
import { testPort } from '../tests/support/ports.ts';
import { lighthouseMobile, type LighthouseFigures } from './lighthouse.ts';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'bench/out');
const sizes = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').filter(Boolean).map(Number);
/** Files Lighthouse audits on a phone: the story itself ("story") and synthetic files of these sizes. */
const lighthouseFiles = (process.env.BENCH_LIGHTHOUSE ?? 'story,300').split(',').filter(Boolean);
const lighthouseRuns = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 1));
mkdirSync(out, { recursive: true });

function folderBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const path = join(dir, entry.name);
    return sum + (entry.isDirectory() ? folderBytes(path) : statSync(path).size);
  }, 0);
}

/** Records every response's gzipped size by kind, as a reader's browser would download it from a compressing host. */
function recordBytes(page: Page) {
  const seen: { url: string; kind: string; gzip: number }[] = [];
  page.on('response', async (response) => {
    try {
      const body = await response.body();
      const type = response.request().resourceType();
      const kind =
        type === 'document'
          ? 'html'
          : type === 'stylesheet'
            ? 'css'
            : type === 'script'
              ? 'js'
              : type === 'fetch' || type === 'xhr'
                ? 'data'
                : 'other';
      seen.push({ url: response.url(), kind, gzip: gzipSync(body, { level: 9 }).length });
    } catch {
      // a failed or redirected response has no body to count
    }
  });
  const total = (): Bytes => {
    const sums = { html: 0, css: 0, js: 0, data: 0, other: 0 };
    for (const r of seen) sums[r.kind as keyof typeof sums] += r.gzip;
    return { ...sums, total: Object.values(sums).reduce((a, b) => a + b, 0) };
  };
  return { total, seen };
}

async function heapBytes(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m: { name: string }) => m.name === 'JSHeapUsedSize')?.value ?? 0;
}

function ensureTimelineJs(): string {
  const dir = join(out, 'timelinejs-package');
  if (!existsSync(join(dir, 'package/dist/js/timeline.js'))) {
    mkdirSync(dir, { recursive: true });
    const file = execFileSync('npm', ['pack', '@knight-lab/timelinejs@3.9.11', '--silent'], {
      cwd: dir,
      encoding: 'utf8',
    })
      .trim()
      .split('\n')
      .pop()!;
    execFileSync('tar', ['xzf', file], { cwd: dir });
  }
  return join(dir, 'package/dist');
}

const browser = await chromium.launch({
  executablePath: findChromium(),
  args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
interface Bytes {
  html: number;
  css: number;
  js: number;
  data: number;
  other: number;
  total: number;
}
interface SizeRow {
  events: number;
  buildSeconds: number;
  distBytes: number;
  firstLoadGzip: Bytes;
  phoneFirstLoadGzip: Bytes;
  timelineLoadedBeforeReached: boolean;
  interactiveGzip: Bytes;
  lazyChunkGzip: number;
  timelineHeight: number;
  labelsDrawn: number;
  labelOverlaps: number;
  readyMsAfterInView: number;
  itemsDrawnAtReady: number;
  readyMsSinceNavigation: number;
  heapBytes: number;
  timelinejs: { firstLoadGzip: Bytes; readyMsSinceNavigation: number; heapBytes: number };
  ratioFirstLoad: number;
  ratioInteractive: number;
}
type Audit = { file: string; runs?: number; all?: LighthouseFigures[] } & LighthouseFigures;
const results: SizeRow[] = [];
let port = testPort(4000);

for (const size of sizes) {
  const eventsFile = join(out, `events-${size}.json`);
  const file = generateEvents(size);
  writeFileSync(eventsFile, JSON.stringify(file));
  const site = join(out, `site-${size}`);
  // A fresh folder each run: a build replaces only folders it made (see scripts/build.ts).
  rmSync(site, { recursive: true, force: true });
  const started = performance.now();
  const build = spawnSync(process.execPath, [join(root, 'scripts/build.ts')], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, EVENTS_FILE: eventsFile, OUT_DIR: site, BUILD_LOG_LEVEL: 'silent' },
  });
  if (build.status !== 0) throw new Error(`build of ${size} events failed:\n${build.stderr}`);
  const buildSeconds = (performance.now() - started) / 1000;
  const server = await serveFolder(site, ++port);

  // A phone reader: the list is the page and the timeline never loads.
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const phonePage = await phone.newPage();
  const phoneBytes = recordBytes(phonePage);
  await phonePage.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'networkidle' });
  const phoneFirstLoad = phoneBytes.total();
  await phone.close();

  // A laptop reader (1280×720): what loads before the timeline is reached, then once it is interactive.
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const bytes = recordBytes(page);
  await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'networkidle' });
  const beforeTimeline = bytes.total();
  const lazyLoadedEarly = bytes.seen.some((r) => /timeline-mount/.test(r.url));
  // Measured inside the page, so no polling from the test harness competes with the page for its main thread.
  // "Ready" is the first frame drawn after the component says it is interactive, as the reader would see it.
  const { scrolledAt, readyAt, itemsDrawn } = await page.evaluate(
    () =>
      new Promise<{ scrolledAt: number; readyAt: number; itemsDrawn: number }>((resolve, reject) => {
        const root = document.querySelector<HTMLElement>('[data-timeline-app]')!;
        let scrolledAt = 0;
        const done = () =>
          resolve({
            scrolledAt,
            readyAt: performance.now(),
            itemsDrawn: document.querySelectorAll('#timeline .vis-item').length,
          });
        const observer = new MutationObserver(() => {
          if (root.dataset.timelineReady !== 'true') return;
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(done));
        });
        observer.observe(root, { attributes: true, attributeFilter: ['data-timeline-ready'] });
        setTimeout(() => reject(new Error('the timeline was not ready within 60 s')), 60_000);
        // Instant, so "in view" starts when the timeline is on screen, not when a smooth scroll begins.
        document.querySelector('#timeline')!.scrollIntoView({ behavior: 'instant' });
        scrolledAt = performance.now();
        // Loaded before it was reached (the first-load figures would say so too): nothing left to wait for.
        if (root.dataset.timelineReady === 'true') done();
      }),
  );
  await page.waitForLoadState('networkidle');
  const afterTimeline = bytes.total();
  const lazyChunk = bytes.seen.find((r) => /timeline-view/.test(r.url));
  // The issue's one-screen and no-collision figures, measured as a reader sees them.
  const layout = await page.evaluate(() => {
    const area = document.querySelector('#timeline .vis-panel.vis-center')!.getBoundingClientRect();
    const boxes = (selector: string) =>
      [...document.querySelectorAll(selector)]
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.width > 0 && r.right > area.left && r.left < area.right);
    const labels = boxes('#timeline .tl-label');
    const marks = boxes('#timeline .tl-mark');
    const hit = (a: DOMRect, b: DOMRect) =>
      a.left + 0.5 < b.right && b.left + 0.5 < a.right && a.top + 0.5 < b.bottom && b.top + 0.5 < a.bottom;
    let overlaps = 0;
    labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => hit(a, b) && overlaps++));
    for (const a of labels) for (const b of marks) if (hit(a, b)) overlaps++;
    return {
      height: Math.round(document.querySelector('#timeline')!.getBoundingClientRect().height),
      labels: labels.length,
      overlaps,
    };
  });
  const heap = await heapBytes(page);
  await context.close();
  server.close();

  // TimelineJS on the same events, served locally.
  const tl = join(out, `timelinejs-${size}`);
  rmSync(tl, { recursive: true, force: true });
  mkdirSync(tl, { recursive: true });
  const dist = ensureTimelineJs();
  copyFileSync(join(dist, 'js/timeline.js'), join(tl, 'timeline.js'));
  copyFileSync(join(dist, 'css/timeline.css'), join(tl, 'timeline.css'));
  writeFileSync(
    join(tl, 'timeline.json'),
    JSON.stringify(toTimelineJs(file as unknown as Parameters<typeof toTimelineJs>[0])),
  );
  writeFileSync(
    join(tl, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>TimelineJS</title><link rel="stylesheet" href="timeline.css"><script src="timeline.js"></script></head><body><div id="tl" style="width:100%;height:650px"></div><script>window.tl=new TL.Timeline('tl','timeline.json',{font:null,ga_measurement_id:null,soundcite:false});window.tl.on('loaded',function(){document.body.dataset.ready=performance.now()});</script></body></html>`,
  );
  const tlServer = await serveFolder(tl, ++port);
  const tlContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const tlPage = await tlContext.newPage();
  const tlBytes = recordBytes(tlPage);
  await tlPage.route(
    (url) => !url.host.startsWith('127.0.0.1'),
    (route) => route.abort(),
  );
  // TimelineJS builds every slide up front; at 10,000 events that takes minutes, so wait for 'load' and then for its own event.
  await tlPage.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'load', timeout: 180_000 });
  const tlReady = await tlPage
    .waitForFunction(() => document.body.dataset.ready, undefined, { timeout: 120_000 })
    .then(() => tlPage.evaluate(() => Number(document.body.dataset.ready)))
    .catch(() => NaN);
  const tlTotal = tlBytes.total();
  const tlHeap = await heapBytes(tlPage);
  await tlContext.close();
  tlServer.close();

  const row: SizeRow = {
    events: size,
    buildSeconds: Number(buildSeconds.toFixed(1)),
    distBytes: folderBytes(site),
    firstLoadGzip: beforeTimeline,
    phoneFirstLoadGzip: phoneFirstLoad,
    timelineLoadedBeforeReached: lazyLoadedEarly,
    interactiveGzip: afterTimeline,
    lazyChunkGzip: lazyChunk?.gzip ?? 0,
    timelineHeight: layout.height,
    labelsDrawn: layout.labels,
    labelOverlaps: layout.overlaps,
    readyMsAfterInView: Math.round(readyAt - scrolledAt),
    // A timeline that is "ready" but draws nothing would be fast and useless: this says what was on screen.
    itemsDrawnAtReady: itemsDrawn,
    readyMsSinceNavigation: Math.round(readyAt),
    heapBytes: Math.round(heap),
    timelinejs: { firstLoadGzip: tlTotal, readyMsSinceNavigation: Math.round(tlReady), heapBytes: Math.round(tlHeap) },
    ratioFirstLoad: Number((beforeTimeline.total / tlTotal.total).toFixed(2)),
    ratioInteractive: Number((afterTimeline.total / tlTotal.total).toFixed(2)),
  };
  results.push(row);
  console.error(`measured ${size} events`);
}
await browser.close();

// Lighthouse on a phone, each site served gzipped as a static host would.
const audits: Audit[] = [];
/** The run with the median performance score (its own TBT, CLS and LCP with it, so the figures belong together). */
function median(runs: LighthouseFigures[]): LighthouseFigures {
  return [...runs].sort((a, b) => a.performance - b.performance || a.tbtMs - b.tbtMs)[Math.floor(runs.length / 2)]!;
}
for (const name of lighthouseFiles) {
  const site = join(out, `lighthouse-${name}`);
  const env: Record<string, string> = { OUT_DIR: site, BUILD_LOG_LEVEL: 'silent' };
  if (name !== 'story') {
    const eventsFile = join(out, `events-${name}.json`);
    writeFileSync(eventsFile, JSON.stringify(generateEvents(Number(name))));
    env.EVENTS_FILE = eventsFile;
  }
  const build = spawnSync(process.execPath, [join(root, 'scripts/build.ts')], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  if (build.status !== 0) throw new Error(`build of ${name} failed:\n${build.stderr}`);
  const server = await serveFolder(site, ++port, '/', { gzip: true });
  const runs: LighthouseFigures[] = [];
  for (let run = 0; run < lighthouseRuns; run++) runs.push(await lighthouseMobile(`http://127.0.0.1:${port}/`));
  server.close();
  audits.push(
    lighthouseRuns === 1 ? { file: name, ...runs[0]! } : { file: name, ...median(runs), runs: runs.length, all: runs },
  );
  console.error(`audited ${name}`);
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const table = results.map((r) => ({
  events: r.events,
  'build s': r.buildSeconds,
  'dist/': `${(r.distBytes / 1048576).toFixed(1)} MB`,
  'first load (html/css/js)': `${kb(r.firstLoadGzip.html)} / ${kb(r.firstLoadGzip.css)} / ${kb(r.firstLoadGzip.js)}`,
  'first load total': kb(r.firstLoadGzip.total),
  'phone first load': kb(r.phoneFirstLoadGzip.total),
  'interactive total': kb(r.interactiveGzip.total),
  'lazy chunk': kb(r.lazyChunkGzip),
  'timeline height': `${r.timelineHeight} px`,
  'labels / overlaps': `${r.labelsDrawn} / ${r.labelOverlaps}`,
  'ready after in view': `${r.readyMsAfterInView} ms`,
  'items drawn': r.itemsDrawnAtReady,
  'ready since nav': `${r.readyMsSinceNavigation} ms`,
  heap: `${(r.heapBytes / 1048576).toFixed(1)} MB`,
  'TimelineJS load': kb(r.timelinejs.firstLoadGzip.total),
  'TimelineJS ready': `${r.timelinejs.readyMsSinceNavigation} ms`,
  'TimelineJS heap': `${(r.timelinejs.heapBytes / 1048576).toFixed(1)} MB`,
  'ours/TLJS first': r.ratioFirstLoad,
  'ours/TLJS interactive': r.ratioInteractive,
}));
console.table(table);
console.table(
  audits.map((a) => ({
    'Lighthouse mobile, /': a.file,
    performance: a.performance,
    accessibility: a.accessibility,
    CLS: a.cls,
    'TBT ms': a.tbtMs,
    'LCP ms': a.lcpMs,
    'target size': a.targetSize === null ? 'not run' : a.targetSize ? 'pass' : 'FAIL',
  })),
);
// A part that was left out keeps the figures of the last run.
const resultsFile = join(root, 'bench/results.json');
const previous = existsSync(resultsFile)
  ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as {
      measuredAt?: string;
      sizesMeasuredAt?: string;
      lighthouseMeasuredAt?: string;
      results?: SizeRow[];
      lighthouse?: Audit[];
    })
  : {};
const now = new Date().toISOString();
writeFileSync(
  resultsFile,
  `${JSON.stringify(
    {
      measuredAt: now,
      sizesMeasuredAt: sizes.length ? now : (previous.sizesMeasuredAt ?? previous.measuredAt),
      lighthouseMeasuredAt: lighthouseFiles.length ? now : (previous.lighthouseMeasuredAt ?? previous.measuredAt),
      machine: `${process.platform} ${process.arch}, node ${process.version}`,
      results: sizes.length ? results : (previous.results ?? []),
      lighthouse: lighthouseFiles.length ? audits : (previous.lighthouse ?? []),
    },
    null,
    2,
  )}\n`,
);
console.log('wrote bench/results.json');

// Lighthouse's mobile audit (its default: a mid-range phone on a slow 4G line, simulated) of a page served gzipped.
// Used by npm run bench; the figures are the targets: performance, accessibility, CLS, TBT, target size.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium } from '../scripts/chromium-path.ts';

export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  cls: number;
  tbtMs: number;
  lcpMs: number;
  /** Whether the target-size audit passed (null when Lighthouse did not run it). */
  targetSize: boolean | null;
}

export async function lighthouseMobile(url: string): Promise<LighthouseFigures> {
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
    ],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
    });
    const lhr = result!.lhr;
    const audit = (id: string) => lhr.audits[id];
    const targetSize = audit('target-size');
    return {
      performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
      cls: Number((audit('cumulative-layout-shift')?.numericValue ?? NaN).toFixed(3)),
      tbtMs: Math.round(audit('total-blocking-time')?.numericValue ?? NaN),
      lcpMs: Math.round(audit('largest-contentful-paint')?.numericValue ?? NaN),
      targetSize: targetSize && targetSize.score !== null ? targetSize.score === 1 : null,
    };
  } finally {
    chrome.kill();
  }
}

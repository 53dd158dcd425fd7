// The overview chart for the story file, compared with a committed SVG, as Observable Plot snapshots its charts.
// A change to the chart shows up as a reviewable file: on a mismatch, overview-changed.svg is written beside
// overview.svg (gitignored), so a reviewer can open both in a browser.
// When the data or the chart changes on purpose, regenerate and commit the snapshot:
//   npx vitest run --project unit tests/unit/overview-snapshot.test.ts -u
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import * as cheerio from 'cheerio';
import { expect, it, vi } from 'vitest';
import OverviewComponent from '../../src/components/Overview.astro';
import { getSite } from '../../src/build/site-data.ts';

// Type-aware lint cannot see .astro modules' types (only `astro check` can); this is what the Container API takes.
const Overview = OverviewComponent as unknown as AstroComponentFactory;
const snapshot = fileURLToPath(new URL('__snapshots__/overview.svg', import.meta.url));
const changed = fileURLToPath(new URL('__snapshots__/overview-changed.svg', import.meta.url));

// Only for looking at the file in a browser: the site colours the chart with its own stylesheet.
const VIEWER_STYLE = [
  'text { font: 11px sans-serif; fill: #555; }',
  '.overview-axis text { text-anchor: middle; }',
  '.overview-axis line { stroke: #555; }',
  '.overview-year { fill: transparent; }',
  '.pat--report { fill: #2f6db5; } .pat--inspection { fill: #b8621b; }',
  '.pat--appointment { fill: #3b7d3f; } .pat--case { fill: #b4365a; } .pat-line { fill: #fff; opacity: 0.55; }',
  '.rating--failing { fill: #b3261e; } .rating--weak { fill: #d9822b; } .rating--adequate { fill: #c9a227; }',
  '.rating--good { fill: #3a8d3f; } .rating--outstanding { fill: #1f6f8b; } .tenure { fill: #3b7d3f; }',
].join('\n');

/** Numbers to one decimal place, so float noise below a tenth of a pixel is no change. */
const rounded = (value: string) =>
  value.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10).replace(/^-0$/, '0'));

/** The chart as a standalone SVG file, one element per line so a change reads as a small diff. */
async function renderOverviewSvg(): Promise<string> {
  // The story file, whatever EVENTS_FILE the tests were started with.
  vi.stubEnv('EVENTS_FILE', fileURLToPath(new URL('../../data/events.json', import.meta.url)));
  const container = await AstroContainer.create();
  const html = await container.renderToString(Overview, { props: { site: getSite() } });
  const $ = cheerio.load(html);
  const chart = $('svg.overview-chart');
  expect(chart).toHaveLength(1);
  chart.attr('xmlns', 'http://www.w3.org/2000/svg');
  chart.removeAttr('style');
  chart.prepend(`<style>${VIEWER_STYLE}</style>`, $('svg.pattern-defs defs').clone());
  chart
    .find('*')
    .addBack()
    .each((_, el) => {
      for (const [name, value] of Object.entries((el as { attribs: Record<string, string> }).attribs))
        $(el).attr(name, rounded(value));
    });
  const xml = $.xml(chart).replace(/<(\w+)([^<>]*)><\/\1>/g, '<$1$2/>');
  return `${xml.replace(/>\s*</g, '>\n<')}\n`;
}

it('draws the overview of the story file as the committed snapshot', async () => {
  const svg = await renderOverviewSvg();
  try {
    await expect(svg).toMatchFileSnapshot(snapshot);
    rmSync(changed, { force: true });
  } catch (error) {
    writeFileSync(changed, svg);
    throw error;
  }
});

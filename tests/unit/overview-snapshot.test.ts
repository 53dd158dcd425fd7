// The overview of the story file, compared with a committed SVG, as Observable Plot snapshots its charts.
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

/** Numbers to one decimal place, so float noise below a tenth of a pixel is no change. */
const rounded = (value: string) =>
  value.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10).replace(/^-0$/, '0'));

/**
 * The overview as a standalone SVG file, one element per line so a change reads as a small diff. The bars are SVG and
 * the words HTML placed over them, so the whole figure goes in a foreignObject, drawn at a desktop width; opened from
 * this folder in a browser, it is styled by the site's own stylesheets.
 */
async function renderOverviewSvg(): Promise<string> {
  // The story file, whatever EVENTS_FILE the tests were started with.
  vi.stubEnv('EVENTS_FILE', fileURLToPath(new URL('../../data/events.json', import.meta.url)));
  const container = await AstroContainer.create();
  const html = await container.renderToString(Overview, { props: { site: getSite() } });
  const $ = cheerio.load(html, { xml: { xmlMode: false, decodeEntities: false } });
  const figure = $('figure.overview');
  expect(figure).toHaveLength(1);
  expect(figure.find('svg.overview-chart')).toHaveLength(1);
  // Inside XHTML, an <svg> is SVG only with its namespace.
  figure.find('svg').attr('xmlns', 'http://www.w3.org/2000/svg');
  figure
    .find('*')
    .addBack()
    .each((_, el) => {
      for (const [name, value] of Object.entries((el as { attribs: Record<string, string> }).attribs))
        $(el).attr(name, rounded(value));
    });
  const body = $.xml(figure)
    .replace(/<(\w+)([^<>]*)><\/\1>/g, '<$1$2/>')
    .replace(/>\s*</g, '>\n<');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<?xml-stylesheet href="../../../src/styles/global.css" type="text/css"?>',
    '<?xml-stylesheet href="../../../src/styles/overview.css" type="text/css"?>',
    '<svg xmlns="http://www.w3.org/2000/svg" width="1120" height="720">',
    '<foreignObject width="1120" height="720">',
    '<div xmlns="http://www.w3.org/1999/xhtml" style="font: 17px/1.6 system-ui, sans-serif">',
    body,
    '</div>',
    '</foreignObject>',
    '</svg>',
    '',
  ].join('\n');
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

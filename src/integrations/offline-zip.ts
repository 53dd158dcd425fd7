import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import * as cheerio from 'cheerio';
import { zipSync, strToU8 } from 'fflate';

/** The path from one page's folder to a site path, as a relative link that works from file:// ("/events/a/" → "../events/a/index.html"). */
export function relativeLink(fromFile: string, sitePath: string, base: string): string {
  const [pathAndQuery, hash = ''] = sitePath.split('#');
  const [path = ''] = (pathAndQuery ?? '').split('?');
  let target = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '');
  if (target === '' || target.endsWith('/')) target += 'index.html';
  const rel = posix.relative(posix.dirname(fromFile), target) || posix.basename(target);
  return `${rel}${hash ? `#${hash}` : ''}`;
}

/** Rewrites one page's root-relative links to relative ones, so the copy opens from a folder or a USB stick. */
export function relativizeHtml(html: string, file: string, base: string): string {
  const $ = cheerio.load(html);
  for (const [selector, attribute] of [['a[href]', 'href'], ['link[href]', 'href'], ['script[src]', 'src'], ['img[src]', 'src'], ['[data-data-url]', 'data-data-url']] as const) {
    $(selector).each((_, el) => {
      const value = $(el).attr(attribute);
      if (value?.startsWith(base) || (base === '/' && value?.startsWith('/') && !value.startsWith('//'))) $(el).attr(attribute, relativeLink(file, value, base));
    });
  }
  return $.html();
}

/** offline.zip: the built site with relative links, minus embeds, social images and itself. */
export function buildOfflineZip(outDir: string, files: string[], base: string): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const file of files) {
    if (/^(share|oembed|embed)\/|^offline\.zip$|^sw\.js$|^_headers$/.test(file)) continue;
    const data = readFileSync(join(outDir, file));
    entries[`timeline/${file}`] = file.endsWith('.html') ? strToU8(relativizeHtml(data.toString('utf8'), file, base)) : new Uint8Array(data);
  }
  entries['timeline/README.txt'] = strToU8('Open index.html in a web browser. Every page works from this folder without a network; the interactive timeline needs the site to be served (for example from a web server or the online site).\n');
  return zipSync(entries, { level: 6 });
}

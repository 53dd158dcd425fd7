import { existsSync, readFileSync } from 'node:fs';
import { uiStrings } from '../../i18n/ui-strings.ts';
import { formatMessage } from '../../core/messages.ts';
import { formatPartialDate, partialDate } from '../../core/partial-date.ts';
import { join, posix } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { withoutMetaPolicy } from '../content-security-policy.ts';

/** The path from one page's folder to a site path, as a relative link that works from file:// ("/events/a/" → "../events/a/index.html"). */
export function relativeLink(fromFile: string, sitePath: string, base: string): string {
  const [pathAndQuery, hash = ''] = sitePath.split('#');
  const [path = ''] = (pathAndQuery ?? '').split('?');
  let target = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '');
  if (target === '' || target.endsWith('/')) target += 'index.html';
  const rel = posix.relative(posix.dirname(fromFile), target) || posix.basename(target);
  return `${rel}${hash ? `#${hash}` : ''}`;
}

/** Built files the copy leaves out: embeds, social images, oEmbed files, the ZIP itself and the service worker. */
const LEFT_OUT = /^(share|oembed|embed)\/|^offline\.zip$|^sw\.js$|^_headers$/;

/**
 * Rewrites one page's root-relative links (href, src, poster, every file of a srcset) to relative ones, so the copy opens from a folder or a USB stick.
 * A link to a file the copy leaves out (the classroom page's "download the ZIP") goes to the published site instead,
 * where it works whenever there is a network. The pages are our own build output (every attribute double-quoted),
 * so a targeted pattern is exact, and it is far faster than parsing tens of thousands of pages.
 */
export function relativizeHtml(html: string, file: string, base: string, site: string): string {
  const escaped = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(\\s(?:href|src|poster|data-data-url)=")(${escaped}(?!/)[^"]*)"`, 'g');
  const rewrite = (value: string) => {
    const path = value.slice(base.length).split(/[?#]/)[0]!;
    return LEFT_OUT.test(path) ? new URL(value, site).href : relativeLink(file, value, base);
  };
  // A picture's srcset lists several files, each with its width: every one of them is rewritten.
  const candidate = new RegExp(`^${escaped}(?!/)`);
  return html
    .replace(pattern, (_, attribute: string, value: string) => `${attribute}${rewrite(value)}"`)
    .replace(/(\ssrcset=")([^"]*)"/g, (_, attribute: string, list: string) => {
      const candidates = list.split(',').map((entry) => {
        const [url = '', ...descriptor] = entry.trim().split(/\s+/);
        return [candidate.test(url) ? rewrite(url) : url, ...descriptor].join(' ');
      });
      return `${attribute}${candidates.join(', ')}"`;
    });
}

/**
 * What the ZIP's README.txt says, in the site's language (read from its home page's <html lang>, as the reader will
 * see it): how to open it, and what day it is a copy of.
 */
export function offlineReadme(outDir: string, madeOn: string, url: string): string {
  const home = join(outDir, 'index.html');
  const language = (existsSync(home) && /<html[^>]*\slang="([^"]+)"/.exec(readFileSync(home, 'utf8'))?.[1]) || 'en-GB';
  const t = uiStrings(language);
  return formatMessage(
    t.offlineZipReadme,
    { date: formatPartialDate(partialDate(madeOn), language, t), url },
    language,
  );
}

/**
 * offline.zip: the built site with relative links, minus embeds, social images and itself. Once downloaded it can
 * never be corrected or withdrawn, so its README says what day it is a copy of and where the current site is.
 */
export function buildOfflineZip(
  outDir: string,
  files: string[],
  base: string,
  site: string,
  madeOn: string,
): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const file of files) {
    if (LEFT_OUT.test(file)) continue;
    const data = readFileSync(join(outDir, file));
    entries[`timeline/${file}`] = file.endsWith('.html')
      ? strToU8(relativizeHtml(withoutMetaPolicy(data.toString('utf8')), file, base, site))
      : new Uint8Array(data);
  }
  entries['timeline/README.txt'] = strToU8(`${offlineReadme(outDir, madeOn, new URL(base, site).href)}\n`);
  // Level 1: nearly the same size for HTML, several times faster on large sites.
  return zipSync(entries, { level: 1 });
}

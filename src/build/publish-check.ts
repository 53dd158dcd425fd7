export const DEFAULT_SITE_URL = 'http://localhost:4321';

/** A one-line reason SITE_URL cannot be used at all, or undefined. */
export function invalidSiteUrl(siteUrl: string | undefined): string | undefined {
  if (siteUrl === undefined || siteUrl === '') return undefined;
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    return `SITE_URL=${siteUrl}: not a web address; expected one like https://news.example.org`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return `SITE_URL=${siteUrl}: must start with https:// (or http:// for a local preview)`;
  return undefined;
}

/**
 * What is wrong with SITE_URL for a site that will be published, one finding a line, or nothing. Canonical links,
 * share images, the sitemap, oEmbed files and the embed code are all written with it.
 */
export function publishWarnings(siteUrl: string | undefined, basePath?: string): string[] {
  const url = new URL(siteUrl || DEFAULT_SITE_URL);
  if (!siteUrl || ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname))
    return [
      `SITE_URL is ${url.origin}${siteUrl ? '' : ' (the default)'}: canonical links, share images, the sitemap,`,
      'oEmbed files and the embed code all point at this computer, so nobody else can follow them.',
      'To publish, build with your address: SITE_URL=https://news.example.org npm run build',
    ];
  if (url.protocol === 'http:')
    return [
      `SITE_URL is ${url.origin}, not https: news sites are served over https, and their browsers block an`,
      'http: embed as mixed content, so the embed code and oEmbed would not show in anyone’s article.',
      `To publish, build with SITE_URL=https://${url.host}${url.pathname === '/' ? '' : url.pathname}`,
    ];
  // BASE_PATH left unset: the site takes the root of the domain. Right for a host of its own; on a newsroom's shared
  // domain its service worker, robots.txt, 404 page and _headers would be the whole domain's. Saying BASE_PATH=/
  // outright answers this.
  if (basePath === undefined || basePath === '')
    return [
      `BASE_PATH is not set, so this site takes the root of ${url.host}: its sw.js (and so its offline copy),`,
      'robots.txt, 404.html and _headers become the whole domain’s. On a newsroom’s shared domain, build with',
      'BASE_PATH=/graphics/your-story/; on a host of its own (graphics.example.org), say so with BASE_PATH=/.',
    ];
  return [];
}

/** The findings as a block that stands out at the end of a long build log. */
export function warningBlock(lines: string[]): string {
  const rule = '─'.repeat(78);
  return [
    `┌${rule}`,
    '│ WARNING: this build is not ready to publish.',
    ...lines.map((line) => `│ ${line}`),
    '│ (For a local preview, add --local: npm run build -- --local. npm start does.)',
    `└${rule}`,
  ].join('\n');
}

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
export function publishWarnings(siteUrl: string | undefined): string[] {
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

import { createHash } from 'node:crypto';

// The site's Content-Security-Policy and the other security headers, made from the built pages (see
// src/build/integrations/security-headers.ts and README, "Security").

/**
 * Browser features turned off: the site uses none of them. Left out on purpose: fullscreen (the projector view
 * asks for it) and clipboard-write (the Embed dialog's Copy button), which stay allowed for the site itself.
 */
export const PERMISSIONS_POLICY = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'encrypted-media',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
]
  .map((feature) => `${feature}=()`)
  .concat('fullscreen=(self)')
  .join(', ');

/** Headers every response gets. */
export const COMMON_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': PERMISSIONS_POLICY,
  // Sandboxed embeds have an opaque origin: their module scripts and timeline.json are CORS requests. The site is
  // public, static and cookie-free, so letting any origin read it gives nothing away.
  'Access-Control-Allow-Origin': '*',
};

// <script> elements with their attributes and body. The pages are our own build output, so a targeted pattern is exact.
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
// Types a browser runs; anything else (application/ld+json, application/json) is data and never executes.
const RUNNABLE = /^(?:|module|text\/javascript|application\/javascript)$/i;

/** The sha256 sources ('sha256-…') of the inline scripts a page runs, in the order they appear. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const [, attributes = '', body = ''] of html.matchAll(SCRIPT)) {
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = /\stype\s*=\s*"([^"]*)"/i.exec(attributes)?.[1] ?? '';
    if (!RUNNABLE.test(type.trim())) continue;
    hashes.push(`sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`);
  }
  return hashes;
}

/**
 * The policy. Scripts: only the site's own files and the exact inline scripts it ships (each by hash; nothing else
 * inline, no eval). Styles need 'unsafe-inline': the pages carry style="" attributes (bar widths, colours, the
 * overview), /present/ has a <style> block and vis-timeline's stylesheet is inserted at run time; CSS cannot run
 * script, and every text the data supplies is escaped, so this opens no way in for script. Everything else only
 * from the site itself; no plugins, no <base href>, no form posts anywhere.
 * `frameAncestors` is left out for the meta-tag form, where browsers ignore it.
 */
export function contentSecurityPolicy(scriptHashes: Iterable<string>, frameAncestors?: string): string {
  const hashes = [...new Set(scriptHashes)].sort().map((hash) => ` '${hash}'`);
  const directives = [
    "default-src 'self'",
    `script-src 'self'${hashes.join('')}`,
    "style-src 'self' 'unsafe-inline'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ];
  if (frameAncestors) directives.push(`frame-ancestors ${frameAncestors}`);
  return directives.join('; ');
}

/** The page with the policy as its first <head> element after the charset, before any script it governs. */
export function withMetaPolicy(html: string, policy: string, file: string): string {
  const charset = /<meta charset="utf-8"\s*\/?>/i.exec(html);
  if (!charset) throw new Error(`${file}: no <meta charset="utf-8"> to put the Content-Security-Policy after`);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">`;
  const at = charset.index + charset[0].length;
  return `${html.slice(0, at)}${meta}${html.slice(at)}`;
}

/** The same page without it: for the offline ZIP, opened from file://, where 'self' means nothing useful. */
export function withoutMetaPolicy(html: string): string {
  return html.replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/i, '');
}

const SOURCE = /^(?:'self'|https?:|(?:https?:\/\/)?(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::(?:\d{1,5}|\*))?)$/i;

/**
 * EMBED_ANCESTORS: who may frame /embed/ pages, as CSP frame-ancestors. Unset means anyone ("*"); otherwise
 * origins separated by spaces or commas, such as "https://news.example.org https://*.example.org" (the site itself is
 * always added, for the Embed dialog's preview). Returns the directive's value or a one-line problem.
 */
export function embedAncestors(value: string | undefined): { sources: string } | { problem: string } {
  const tokens = (value ?? '').split(/[\s,]+/).filter(Boolean);
  if (tokens.length === 0 || (tokens.length === 1 && tokens[0] === '*')) return { sources: '*' };
  const bad = tokens.find((token) => !SOURCE.test(token));
  if (bad)
    return {
      problem: `EMBED_ANCESTORS: "${bad.slice(0, 80)}" is not an origin; expected origins such as https://news.example.org or https://*.example.org, separated by spaces (or * for anyone)`,
    };
  return { sources: [...new Set(["'self'", ...tokens])].join(' ') };
}

export interface HeaderRule {
  path: string;
  headers: Record<string, string>;
}

/**
 * The rules for the host, in the _headers format of Netlify and Cloudflare Pages. Both merge every rule that
 * matches a request, and may join two values of one header into two policies (which the browser both enforces), so
 * the site's policy and the embeds' never share a path: the site's is given per top-level page and folder.
 */
export function headerRules(options: {
  base: string;
  /** Top-level folders holding pages, other than embed. */
  folders: string[];
  /** Top-level .html files. */
  files: string[];
  sitePolicy: string;
  embedPolicy: string;
}): HeaderRule[] {
  const { base, sitePolicy, embedPolicy } = options;
  const site = { 'Content-Security-Policy': sitePolicy };
  const paths = [
    base,
    ...options.files.map((file) => `${base}${file}`),
    ...options.folders.map((folder) => `${base}${folder}/*`),
  ];
  return [
    { path: `${base}*`, headers: COMMON_HEADERS },
    ...paths.map((path) => ({ path, headers: site })),
    { path: `${base}embed/*`, headers: { 'Content-Security-Policy': embedPolicy } },
  ];
}

export function headersFileText(rules: HeaderRule[]): string {
  const lines = [
    '# Written by the build from the built pages (src/build/integrations/security-headers.ts); edits are overwritten.',
    '# Netlify and Cloudflare Pages apply it as it is; README, "Security", gives the same headers for nginx, S3 with',
    '# CloudFront, and GitHub Pages.',
  ];
  for (const rule of rules) {
    lines.push(rule.path);
    for (const [name, value] of Object.entries(rule.headers)) lines.push(`  ${name}: ${value}`);
  }
  return `${lines.join('\n')}\n`;
}

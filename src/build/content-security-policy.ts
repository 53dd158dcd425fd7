import { createHash } from 'node:crypto';

// The site's Content-Security-Policy and the other security headers, made from the built pages (see
// src/build/integrations/security-headers.ts and README, "Security").

/**
 * Browser features turned off: the site uses none of them. Left out on purpose: fullscreen (the projector view
 * asks for it) and clipboard-write (the Embed dialog's Copy button), which stay allowed for the site itself.
 */
const FEATURES_OFF = [
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
];

/** What a player from another site needs once the reader has asked for it (the frame's own `allow` list). */
export const PLAYER_FEATURES = ['autoplay', 'encrypted-media', 'picture-in-picture', 'fullscreen'] as const;

/**
 * The Permissions-Policy. With players from other sites on the pages (their origins, from the built pages), the
 * features those players need are allowed to those origins only, so that a video the reader has asked for starts
 * playing and can go full screen; the site itself still gets none of them but full screen.
 */
export function permissionsPolicy(playerOrigins: Iterable<string> = []): string {
  const origins = [...new Set(playerOrigins)].sort().map((origin) => `"${origin}"`);
  const allow = (feature: string, self: boolean) => {
    const list = [
      ...(self ? ['self'] : []),
      ...((PLAYER_FEATURES as readonly string[]).includes(feature) ? origins : []),
    ];
    return `${feature}=(${list.join(' ')})`;
  };
  return [...FEATURES_OFF.map((feature) => allow(feature, false)), allow('fullscreen', true)].join(', ');
}

export const PERMISSIONS_POLICY = permissionsPolicy();

/** Headers every response gets, for a site whose pages hold players from `playerOrigins`. */
export function commonHeaders(playerOrigins: Iterable<string> = []): Record<string, string> {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': permissionsPolicy(playerOrigins),
    // Sandboxed embeds have an opaque origin: their module scripts and timeline.json are CORS requests. The site is
    // public, static and cookie-free, so letting any origin read it gives nothing away.
    'Access-Control-Allow-Origin': '*',
  };
}

/** Headers every response gets. */
export const COMMON_HEADERS: Record<string, string> = commonHeaders();

// The click-to-load buttons of players from other sites (src/components/MediaFigure.astro): the address the frame
// will open once the reader asks, the only place a page names another site it may load.
const PLAYER = /<button\b[^>]*\sdata-player="([^"]*)"/gi;

/** The origins of the players a page can load on request, for frame-src. */
export function playerOrigins(html: string): string[] {
  const origins = new Set<string>();
  for (const [, value = ''] of html.matchAll(PLAYER)) {
    const url = URL.parse(value.replaceAll('&amp;', '&'));
    if (url?.protocol === 'https:') origins.add(url.origin);
  }
  return [...origins].sort();
}

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
 * inline, no eval). Frames: the site's own, and the players from other sites the page holds (`frameSources`), which a
 * page creates only when the reader presses Play. Styles need 'unsafe-inline': the pages carry style="" attributes (bar widths, colours, the
 * overview), /present/ has a <style> block and vis-timeline's stylesheet is inserted at run time; CSS cannot run
 * script, and every text the data supplies is escaped, so this opens no way in for script. Everything else only
 * from the site itself; no plugins, no <base href>, no form posts anywhere.
 * `frameAncestors` is left out for the meta-tag form, where browsers ignore it.
 */
export function contentSecurityPolicy(
  scriptHashes: Iterable<string>,
  frameAncestors?: string,
  frameSources: Iterable<string> = [],
): string {
  const hashes = [...new Set(scriptHashes)].sort().map((hash) => ` '${hash}'`);
  const frames = [...new Set(frameSources)].sort();
  const directives = [
    "default-src 'self'",
    `script-src 'self'${hashes.join('')}`,
    "style-src 'self' 'unsafe-inline'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ];
  if (frames.length) directives.push(`frame-src 'self' ${frames.join(' ')}`);
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
  /** Headers for every response (default: those of a site without players from other sites). */
  common?: Record<string, string>;
}): HeaderRule[] {
  const { base, sitePolicy, embedPolicy, common = COMMON_HEADERS } = options;
  const site = { 'Content-Security-Policy': sitePolicy };
  const paths = [
    base,
    ...options.files.map((file) => `${base}${file}`),
    ...options.folders.map((folder) => `${base}${folder}/*`),
  ];
  return [
    { path: `${base}*`, headers: common },
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

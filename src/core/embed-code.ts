/** What a newsroom chooses in the embed dialog. */
export interface EmbedOptions {
  /** Absolute URL of the embed page, without options. */
  src: string;
  title: string;
  height: number;
  view?: 'full' | 'compact';
  theme?: 'auto' | 'light' | 'dark';
  controls?: boolean;
  /** Extra view state to carry (event, types, q, from, to, sensitive) as a query string. */
  state?: string;
  /** Add the optional parent script that resizes the iframe. */
  withScript?: boolean;
  scriptSrc?: string;
  /** Subresource Integrity of that script ("sha384-…"): the host's browser runs it only if it is byte for byte ours. */
  scriptIntegrity?: string;
}

/**
 * What the embedded page may do in the host's article: run its own scripts (filters, the timeline) and open links in
 * a new, ordinary tab. Not navigate the article, submit forms, open dialogs or touch the host's storage. Without
 * allow-same-origin the frame has an opaque origin, so its scripts and data are CORS requests: the timeline's host
 * must send Access-Control-Allow-Origin (the generated _headers does; see README, "Security").
 */
export const EMBED_SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox';

function escapeAttribute(value: string) {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The embed page's URL with the chosen options; defaults are left out. */
export function embedUrl(options: EmbedOptions): string {
  const url = new URL(options.src);
  const params = new URLSearchParams(options.state ?? '');
  if (options.view === 'compact') params.set('view', 'compact');
  if (options.theme && options.theme !== 'auto') params.set('theme', options.theme);
  if (options.controls === false) params.set('controls', '0');
  url.search = params.toString().replace(/%2C/g, ',');
  return url.href;
}

/**
 * The code to paste: a sandboxed iframe that works with no script at all, and optionally the resizing script, pinned
 * by its integrity hash and fetched without cookies (crossorigin="anonymous", which Subresource Integrity needs).
 */
export function embedCode(options: EmbedOptions): string {
  const height = Math.max(200, Math.min(5000, Math.round(options.height)));
  const iframe = `<iframe src="${escapeAttribute(embedUrl(options))}" title="${escapeAttribute(options.title)}" width="100%" height="${height}" loading="lazy" style="border:0;width:100%;min-width:100%" referrerpolicy="strict-origin-when-cross-origin" sandbox="${EMBED_SANDBOX}" data-timeline-embed></iframe>`;
  if (!options.withScript || !options.scriptSrc) return iframe;
  const integrity = options.scriptIntegrity
    ? ` integrity="${escapeAttribute(options.scriptIntegrity)}" crossorigin="anonymous"`
    : '';
  return `${iframe}\n<script async src="${escapeAttribute(options.scriptSrc)}"${integrity}></script>`;
}

/** The heights, in pixels, the embed code accepts: the dialog's field and the code use the same bounds. */
export const EMBED_HEIGHT = { min: 200, max: 5000, timeline: 900, event: 500 } as const;

/** Default sizes offered to oEmbed consumers (WordPress clamps heights to 200–1000). */
export const OEMBED_SIZE = { site: { width: 640, height: 900 }, event: { width: 640, height: 520 } } as const;

/** What the embed dialog is told by its page (inline JSON): where things are, and its messages. */
export interface EmbedDialogConfig {
  /** Absolute address of the embed page, without options. */
  src: string;
  /** The same page on this site, for the live preview. */
  preview: string;
  /** Absolute address of embed.js. */
  script: string;
  /** Its Subresource Integrity value ("sha384-…"). */
  integrity: string;
  title: string;
  /** Where the events are (the timeline payload), when the embed can open at one of them. */
  events?: string;
  strings: { copied: string; copyFailed: string };
}

/** What a newsroom chooses in the embed dialog. */
export interface EmbedOptions {
  /** Absolute URL of the embed page, without options. */
  src: string;
  title: string;
  height: number;
  /**
   * The article graphic (the default, no parameter), the whole page (`full`), a fixed height (`compact`), or one of
   * the story's other views: the time between (`gaps`), the cases side by side (`aligned`).
   */
  view?: 'article' | 'full' | 'compact' | 'gaps' | 'aligned';
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
  if (options.view && options.view !== 'article') params.set('view', options.view);
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
  const height = Math.max(EMBED_HEIGHT.min, Math.min(EMBED_HEIGHT.max, Math.round(options.height)));
  const iframe = `<iframe src="${escapeAttribute(embedUrl(options))}" title="${escapeAttribute(options.title)}" width="100%" height="${height}" loading="lazy" style="border:0;width:100%;min-width:100%" referrerpolicy="strict-origin-when-cross-origin" sandbox="${EMBED_SANDBOX}" data-timeline-embed></iframe>`;
  if (!options.withScript || !options.scriptSrc) return iframe;
  const integrity = options.scriptIntegrity
    ? ` integrity="${escapeAttribute(options.scriptIntegrity)}" crossorigin="anonymous"`
    : '';
  return `${iframe}\n<script async src="${escapeAttribute(options.scriptSrc)}"${integrity}></script>`;
}

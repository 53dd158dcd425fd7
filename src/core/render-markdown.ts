import MarkdownIt from 'markdown-it';

// Links may go only to web pages and e-mail addresses. markdown-it's own check refuses only javascript:, vbscript:,
// file: and data:, so tel:, intent:, ms-settings: and custom protocol handlers (some with remote-code histories)
// would become links; relative links would break inside embeds and under a base path.
const ALLOWED_LINK = /^(?:https?|mailto):/i;

function isAllowedLink(url: string): boolean {
  return ALLOWED_LINK.test(url.trim());
}

const SUBSET = ['emphasis', 'link', 'list', 'newline', 'escape', 'entity'];

// The 'zero' preset turns every rule off; only the small subset the event file promises is turned back on.
// With html:false, raw HTML is escaped as text; a link whose address is not allowed stays plain text.
const markdown = new MarkdownIt('zero', { html: false, linkify: false, typographer: false }).enable(SUBSET);
markdown.validateLink = isAllowedLink;

// The same parser with every address accepted: only to find the links the renderer would refuse.
const finder = new MarkdownIt('zero', { html: false, linkify: false, typographer: false }).enable(SUBSET);
finder.validateLink = () => true;

const defaultLinkOpen = markdown.renderer.rules.link_open;
markdown.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const href = String(tokens[idx]?.attrGet('href') ?? '');
  if (/^https?:/i.test(href)) tokens[idx]?.attrSet('rel', 'noopener');
  return defaultLinkOpen ? defaultLinkOpen(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
};

/** Renders an event's `body` (paragraphs, emphasis, links, lists) to safe HTML. */
export function renderMarkdown(source: string): string {
  return markdown.render(source);
}

/**
 * The link addresses in `markdown` that renderMarkdown would show as plain text, because they are not http:,
 * https: or mailto: (for validation: "body: link to … is not allowed").
 */
export function disallowedLinks(source: string): string[] {
  const found: string[] = [];
  for (const block of finder.parse(source, {})) {
    for (const token of block.children ?? []) {
      if (token.type !== 'link_open') continue;
      const href = String(token.attrGet('href') ?? '');
      if (!isAllowedLink(href)) found.push(href);
    }
  }
  return found;
}

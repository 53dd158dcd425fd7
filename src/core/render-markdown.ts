import MarkdownIt from 'markdown-it';

// The 'zero' preset turns every rule off; only the small subset the event file promises is turned back on.
// With html:false, raw HTML is escaped as text; markdown-it's validateLink refuses javascript:, vbscript:,
// file: and data: links, which then stay as plain text.
const markdown = new MarkdownIt('zero', { html: false, linkify: false, typographer: false }).enable([
  'emphasis',
  'link',
  'list',
  'newline',
  'escape',
  'entity',
]);

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

import * as cheerio from 'cheerio';
import type { AnyNode } from 'domhandler';

export interface TextFromHtml {
  /** Plain text: tags removed, entities decoded, whitespace folded. */
  text: string;
  /** The same with links kept as Markdown `[text](url)` and paragraphs as blank lines. */
  markdown: string;
  hasLinks: boolean;
}

const BLOCKS = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote']);

/** Converts TimelineJS's HTML text to plain text and to our Markdown subset (links kept, nothing else). */
export function htmlToText(html: string): TextFromHtml {
  const $ = cheerio.load(`<div id="root">${html}</div>`, null, false);
  let hasLinks = false;
  const walk = (node: AnyNode, markdown: boolean): string => {
    // DOM node types: 3 is text, 1 an element; comments and the rest say nothing.
    if (node.nodeType === 3) return (node as unknown as { data: string }).data;
    if (node.nodeType !== 1) return '';
    const el = node as unknown as { name: string; attribs: Record<string, string>; children: AnyNode[] };
    if (el.name === 'script' || el.name === 'style') return '';
    const inner = el.children.map((child) => walk(child, markdown)).join('');
    if (el.name === 'a' && markdown) {
      const href = el.attribs.href ?? '';
      if (/^https?:\/\//i.test(href)) {
        hasLinks = true;
        return `[${inner.replace(/[[\]]/g, '')}](${href.replace(/\)/g, '%29')})`;
      }
    }
    if (el.name === 'li') return `\n- ${inner}\n`;
    return BLOCKS.has(el.name) ? `\n\n${inner}\n\n` : inner;
  };
  const root = $('#root').get(0)!;
  const tidy = (s: string) =>
    s
      .replace(/[ \t\u00a0]+/g, ' ')
      .replace(/ *\n */g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  const markdown = tidy(walk(root, true));
  const text = tidy(walk(root, false)).replace(/\s*\n\s*/g, ' ');
  return { text, markdown, hasLinks };
}

/** The first whole sentences of `text` that fit in `max` characters (at least one, cut with an ellipsis if it alone is too long). */
export function firstSentences(text: string, max: number): string {
  // A sentence ends at . ! or ? followed by a space, so "£9.2m" or "U.K." do not split one.
  const sentences = text.trim().split(/(?<=[.!?])\s+/);
  let result = '';
  for (const sentence of sentences) {
    const next = result ? `${result} ${sentence}` : sentence;
    if (next.length > max) break;
    result = next;
  }
  return result || `${text.slice(0, max - 1).trimEnd()}…`;
}

import { z } from 'astro/zod';
import { disallowedLinks } from '../render-markdown.ts';
import { quoteInput } from './quote-input.ts';

/**
 * Text in the small Markdown subset (paragraphs, emphasis, links, lists). A link to anything but an http:, https: or
 * mailto: address would be shown as plain text: refused here so the editor knows, rather than silently dropped.
 */
export function markdownText(options: { max: number }) {
  return z
    .string()
    .max(options.max, {
      error: (issue) =>
        `must be at most ${options.max.toLocaleString('en')} characters, got ${typeof issue.input === 'string' ? issue.input.length : '?'}`,
    })
    .superRefine((value, ctx) => {
      for (const href of disallowedLinks(value)) {
        ctx.addIssue({
          code: 'custom',
          message: `a link to ${quoteInput(href)} is not allowed: links must start with https://, http:// or mailto:`,
        });
      }
    });
}

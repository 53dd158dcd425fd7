import { z } from 'astro/zod';

/**
 * A tag starts with `<` directly followed by a letter, `/`, `!` or `?`. A lone `<`, `<3` or `1 < 2`
 * is ordinary text and allowed.
 */
const TAG_START = /<[A-Za-z/!?]/;

export function findHtmlTag(value: string): string | null {
  const match = TAG_START.exec(value);
  if (!match) return null;
  return value.slice(match.index, match.index + 12).split(/\s/)[0] ?? match[0];
}

/** Plain text: no HTML. Optionally limited in length. */
export function plainText(options: { max?: number } = {}) {
  let schema = z.string().trim().min(1, { error: 'must not be empty' });
  if (options.max !== undefined) {
    const max = options.max;
    schema = schema.max(max, {
      error: (issue) =>
        `must be at most ${max} characters, got ${typeof issue.input === 'string' ? issue.input.length : '?'}`,
    });
  }
  return schema.superRefine((value, ctx) => {
    const tag = findHtmlTag(value);
    if (tag) ctx.addIssue({ code: 'custom', message: `must be plain text, but contains HTML ${JSON.stringify(tag)}` });
  });
}

/** An http or https URL. */
export const WebUrlSchema = z.string().superRefine((value, ctx) => {
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    // handled below
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    ctx.addIssue({ code: 'custom', message: `expected an http or https URL, got ${JSON.stringify(value)}` });
  }
});

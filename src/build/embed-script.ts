import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

let integrity: string | undefined;

/**
 * The Subresource Integrity value of embed.js (public/embed.js, copied into the site byte for byte), for the embed
 * code: a host page runs the script only if what arrives is exactly this file.
 */
export function embedScriptIntegrity(): string {
  const root = process.env.TIMELINE_PROJECT_ROOT ?? process.cwd();
  integrity ??= `sha384-${createHash('sha384')
    .update(readFileSync(join(root, 'public/embed.js')))
    .digest('base64')}`;
  return integrity;
}

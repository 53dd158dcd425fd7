import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  commonHeaders,
  contentSecurityPolicy,
  embedAncestors,
  headerRules,
  headersFileText,
  inlineScriptHashes,
  playerOrigins,
  withMetaPolicy,
} from '../content-security-policy.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

/**
 * After the build: gives every page its Content-Security-Policy as a meta tag (for hosts that cannot set headers),
 * and writes _headers with the full policy (frame-ancestors included) and the other security headers. The script
 * hashes and the players' origins (frame-src, and the Permissions-Policy's features for them) come from the pages as
 * built, so the policy always matches what ships.
 */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'timeline-security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir }) => {
        const ancestors = embedAncestors(process.env.EMBED_ANCESTORS);
        // scripts/build.ts checks this before building; a bare `astro build` is stopped here.
        if ('problem' in ancestors) throw new Error(ancestors.problem);
        const out = fileURLToPath(dir);
        const hashes = { site: new Set<string>(), embed: new Set<string>() };
        const players = { site: new Set<string>(), embed: new Set<string>() };
        const folders = new Set<string>();
        const files: string[] = [];
        for (const file of htmlFiles(out)) {
          const path = relative(out, file).split('\\').join('/');
          const html = readFileSync(file, 'utf8');
          const own = inlineScriptHashes(html);
          const embed = path.startsWith('embed/');
          for (const hash of own) hashes[embed ? 'embed' : 'site'].add(hash);
          const frames = playerOrigins(html);
          for (const origin of frames) players[embed ? 'embed' : 'site'].add(origin);
          if (!embed) {
            if (path.includes('/')) folders.add(path.slice(0, path.indexOf('/')));
            else if (path !== 'index.html') files.push(path);
          }
          writeFileSync(file, withMetaPolicy(html, contentSecurityPolicy(own, undefined, frames), path));
        }
        const rules = headerRules({
          base,
          folders: [...folders].sort(),
          files: ['index.html', ...files.sort()],
          sitePolicy: contentSecurityPolicy(hashes.site, "'self'", players.site),
          embedPolicy: contentSecurityPolicy(hashes.embed, ancestors.sources, players.embed),
          common: commonHeaders([...players.site, ...players.embed]),
        });
        writeFileSync(join(out, '_headers'), headersFileText(rules));
      },
    },
  };
}

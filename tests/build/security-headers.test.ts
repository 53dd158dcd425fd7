import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { buildSite, type BuildRun } from './build-helpers.ts';
import { inlineScriptHashes } from '../../src/build/content-security-policy.ts';
import { headersFor, parseHeadersFile } from '../support/headers-file.ts';

let run: BuildRun;
beforeAll(() => {
  run = buildSite('tests/fixtures/valid.json', 'security-headers', {
    BASE_PATH: '/graphics/decade/',
    EMBED_ANCESTORS: 'https://news.example.org https://*.example.com',
  });
  if (run.status !== 0) throw new Error(run.stderr);
});

const pages = () =>
  (readdirSync(run.outDir, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.html'))
    .map((file) => relative(run.outDir, join(run.outDir, file)).split('\\').join('/'));
const urlOf = (file: string) => `/graphics/decade/${file.replace(/(^|\/)index\.html$/, '$1')}`;
const metaPolicy = (html: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];

describe('security headers written from the built pages', () => {
  it('gives every page a meta policy allowing exactly its own inline scripts, before any of them', () => {
    for (const file of pages()) {
      const html = readFileSync(join(run.outDir, file), 'utf8');
      const policy = metaPolicy(html);
      expect(policy, file).toBeDefined();
      expect(html.indexOf('http-equiv="Content-Security-Policy"'), file).toBeLessThan(html.indexOf('<script'));
      const allowed = [...policy!.matchAll(/'(sha256-[^']+)'/g)].map((m) => m[1]).sort();
      expect(allowed, file).toEqual([...new Set(inlineScriptHashes(html))].sort());
      expect(policy, file).not.toContain('frame-ancestors');
    }
  });

  it('sends each page exactly one policy: frame-ancestors the site itself, and the allow-list for embeds', () => {
    const rules = parseHeadersFile(readFileSync(join(run.outDir, '_headers'), 'utf8'));
    for (const file of [...pages(), 'events/no-such-event/index.html']) {
      const headers = headersFor(rules, urlOf(file));
      const policy = headers['Content-Security-Policy'];
      expect(policy, file).toBeDefined();
      // Two rules for one path would be joined into two policies, both enforced.
      expect(policy!.match(/default-src/g), file).toHaveLength(1);
      expect(policy, file).toContain(
        file.startsWith('embed/')
          ? "frame-ancestors 'self' https://news.example.org https://*.example.com"
          : "frame-ancestors 'self'",
      );
      expect(headers['X-Content-Type-Options'], file).toBe('nosniff');
      expect(headers['Referrer-Policy'], file).toBe('strict-origin-when-cross-origin');
      expect(headers['Permissions-Policy'], file).toMatch(/camera=\(\).*fullscreen=\(self\)/);
    }
  });

  it('leaves the policy out of the offline ZIP, which opens from file://', () => {
    const files = unzipSync(new Uint8Array(readFileSync(join(run.outDir, 'offline.zip'))));
    const html = strFromU8(files['timeline/index.html']!);
    expect(html).toContain('<meta charset="utf-8">');
    expect(metaPolicy(html)).toBeUndefined();
  });

  it('stops a build whose EMBED_ANCESTORS is not a list of origins, in one line', () => {
    const bad = buildSite('tests/fixtures/valid.json', 'security-headers-bad', {
      EMBED_ANCESTORS: "https://news.example.org; script-src 'unsafe-inline'",
    });
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim()).toBe(
      'EMBED_ANCESTORS: "https://news.example.org;" is not an origin; expected origins such as https://news.example.org or https://*.example.org, separated by spaces (or * for anyone)',
    );
  });
});

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  embedAncestors,
  inlineScriptHashes,
  permissionsPolicy,
  playerOrigins,
  withMetaPolicy,
  withoutMetaPolicy,
} from '../../src/build/content-security-policy.ts';

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

describe('Content-Security-Policy from the built pages', () => {
  it('hashes every inline script a browser runs, exactly as written, and nothing else', () => {
    const html = [
      '<script type="module">const a = 1;</script>',
      '<script>\n  (function () { "é"; })();\n</script>',
      '<script type="application/ld+json">{"@type":"WebSite"}</script>',
      '<script type="module" src="/_astro/x.js"></script>',
    ].join('');
    expect(inlineScriptHashes(html)).toEqual([sha256('const a = 1;'), sha256('\n  (function () { "é"; })();\n')]);
  });

  it('allows scripts only from the site and by hash, and no plugins, <base> or form posts', () => {
    expect(contentSecurityPolicy(['sha256-b', 'sha256-a', 'sha256-a'], "'self'")).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; form-action 'none'; frame-ancestors 'self'",
    );
    expect(contentSecurityPolicy([])).not.toContain('frame-ancestors');
  });

  it('allows as frames only the site and the players from other sites that a page loads when the reader asks', () => {
    const html = [
      '<button type="button" class="media-play" data-player="https://www.youtube-nocookie.com/embed/abc?autoplay=1&amp;start=5" hidden>Play</button>',
      '<button data-player="https://w.soundcloud.com/player/?url=x">Play</button>',
      '<button data-player="http://insecure.example/player">Play</button>',
      '<a href="https://www.youtube.com/watch?v=abc">Open on youtube.com</a>',
    ].join('');
    expect(playerOrigins(html)).toEqual(['https://w.soundcloud.com', 'https://www.youtube-nocookie.com']);
    expect(playerOrigins('<a href="https://example.org">x</a>')).toEqual([]);
    expect(contentSecurityPolicy([], undefined, playerOrigins(html))).toContain(
      "; frame-src 'self' https://w.soundcloud.com https://www.youtube-nocookie.com",
    );
    expect(contentSecurityPolicy([], "'self'", [])).not.toContain('frame-src');
  });

  it('lets players from other sites autoplay and go full screen once asked for, and nothing else gets more', () => {
    expect(permissionsPolicy()).toMatch(/^accelerometer=\(\), autoplay=\(\), .*, fullscreen=\(self\)$/);
    const policy = permissionsPolicy(['https://www.youtube-nocookie.com', 'https://player.vimeo.com']);
    for (const feature of ['autoplay', 'encrypted-media', 'picture-in-picture'])
      expect(policy).toContain(`${feature}=("https://player.vimeo.com" "https://www.youtube-nocookie.com")`);
    expect(policy).toContain('fullscreen=(self "https://player.vimeo.com" "https://www.youtube-nocookie.com")');
    expect(policy).toContain('camera=()');
    expect(policy).toContain('microphone=()');
  });

  it('puts the meta tag right after the charset, before any script, and the offline copy can take it out', () => {
    const page = '<html><head><meta charset="utf-8"><script>x</script></head></html>';
    const withPolicy = withMetaPolicy(page, "default-src 'self'", 'index.html');
    expect(withPolicy).toBe(
      `<html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'"><script>x</script></head></html>`,
    );
    expect(withoutMetaPolicy(withPolicy)).toBe(page);
    expect(() => withMetaPolicy('<html></html>', 'x', 'about/index.html')).toThrow(
      'about/index.html: no <meta charset="utf-8"> to put the Content-Security-Policy after',
    );
  });

  it('reads EMBED_ANCESTORS as origins, always adding the site itself, or says in one line what is wrong', () => {
    expect(embedAncestors(undefined)).toEqual({ sources: '*' });
    expect(embedAncestors('*')).toEqual({ sources: '*' });
    expect(embedAncestors('https://news.example.org, https://*.example.org:8443')).toEqual({
      sources: "'self' https://news.example.org https://*.example.org:8443",
    });
    expect(embedAncestors("https://news.example.org; script-src 'unsafe-inline'")).toEqual({
      problem:
        'EMBED_ANCESTORS: "https://news.example.org;" is not an origin; expected origins such as https://news.example.org or https://*.example.org, separated by spaces (or * for anyone)',
    });
  });
});

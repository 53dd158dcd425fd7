import { describe, expect, it } from 'vitest';
import { embedCode, embedUrl } from '../../src/core/embed-code.ts';

describe('embed code', () => {
  const base = {
    src: 'https://news.example.org/graphics/decade/embed/',
    title: 'Timeline: "A decade" & <more>',
    height: 900,
  };
  it('is a plain sandboxed iframe by default, with a title, lazy loading and the marker embed.js looks for', () => {
    expect(embedCode(base)).toBe(
      '<iframe src="https://news.example.org/graphics/decade/embed/" title="Timeline: &quot;A decade&quot; &amp; &lt;more&gt;" width="100%" height="900" loading="lazy" style="border:0;width:100%;min-width:100%" referrerpolicy="strict-origin-when-cross-origin" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" data-timeline-embed></iframe>',
    );
  });
  it('carries the options and view state in the query string, and adds the script when asked', () => {
    const code = embedCode({
      ...base,
      view: 'compact',
      theme: 'dark',
      controls: false,
      state: '?event=khyra-ishaq-dies&types=case,report',
      withScript: true,
      scriptSrc: 'https://news.example.org/graphics/decade/embed.js',
      scriptIntegrity: 'sha384-abc+/=',
    });
    expect(code).toContain(
      'src="https://news.example.org/graphics/decade/embed/?event=khyra-ishaq-dies&amp;types=case,report&amp;view=compact&amp;theme=dark&amp;controls=0"',
    );
    expect(code.split('\n')[1]).toBe(
      '<script async src="https://news.example.org/graphics/decade/embed.js" integrity="sha384-abc+/=" crossorigin="anonymous"></script>',
    );
  });
  it("embeds the story's other views by their own view= (issue 14)", () => {
    expect(embedUrl({ ...base, view: 'gaps' })).toBe('https://news.example.org/graphics/decade/embed/?view=gaps');
    expect(embedUrl({ ...base, view: 'aligned', theme: 'dark' })).toBe(
      'https://news.example.org/graphics/decade/embed/?view=aligned&theme=dark',
    );
  });
  it('keeps the height within sensible bounds and leaves defaults out of the URL', () => {
    expect(embedCode({ ...base, height: 20 })).toContain('height="200"');
    // The article graphic is the default view (issue 13); the whole page is asked for with view=full.
    expect(embedUrl({ ...base, theme: 'auto', view: 'article', controls: true })).toBe(base.src);
    expect(embedUrl({ ...base, view: 'full' })).toBe(`${base.src}?view=full`);
  });
});

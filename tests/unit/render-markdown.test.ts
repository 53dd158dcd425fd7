import { describe, expect, it } from 'vitest';
import { disallowedLinks, renderMarkdown } from '../../src/core/render-markdown.ts';

describe('renderMarkdown', () => {
  it('renders the promised subset', () => {
    expect(renderMarkdown('One *two* **three** [four](https://example.org)\n\n- a\n- b')).toMatchInlineSnapshot(`
      "<p>One <em>two</em> <strong>three</strong> <a href="https://example.org" rel="noopener">four</a></p>
      <ul>
      <li>a</li>
      <li>b</li>
      </ul>
      "
    `);
  });
  it('shows raw HTML as text and refuses script links', () => {
    const html = renderMarkdown(
      '<img src=x onerror=alert(1)> <script>x</script> [a](javascript:alert(1)) [b](data:text/html,x)',
    );
    expect(html).not.toMatch(/<img|<script|href=/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
  it('leaves headings, images and code as text', () => {
    expect(renderMarkdown('# Title\n\n![alt](https://example.org/x.png) `code`')).not.toMatch(/<h1|<img|<code/);
  });
});

describe('links allow only http:, https: and mailto:', () => {
  it('renders web and e-mail links, and shows any other scheme or a relative address as plain text', () => {
    const html = renderMarkdown(
      '[w](https://example.org) [m](mailto:desk@example.org) [t](tel:+441234) [s](ms-settings:) [i](intent://x#Intent;end) [r](/events/x/) [p](//evil.example)',
    );
    expect(html).toContain('<a href="https://example.org" rel="noopener">w</a>');
    expect(html).toContain('<a href="mailto:desk@example.org">m</a>');
    expect(html.match(/<a /g)).toHaveLength(2);
    expect(html).toContain('[t](tel:+441234)');
    expect(html).toContain('[s](ms-settings:)');
  });

  it('disallowedLinks lists the addresses the renderer refuses, for the validation message', () => {
    expect(
      disallowedLinks(
        'See [a](https://a.example), [b](HTTP://B.EXAMPLE), [c](mailto:x@y.example),\n\n- [d](tel:123)\n- *[e](ms-settings:)*\n\n[f](/relative/) [g](javascript:alert(1))',
      ),
    ).toEqual(['tel:123', 'ms-settings:', '/relative/', 'javascript:alert(1)']);
    expect(disallowedLinks('No links at all, just <a href="tel:1">HTML</a> shown as text.')).toEqual([]);
  });
});

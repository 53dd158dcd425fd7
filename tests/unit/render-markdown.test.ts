import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/core/render-markdown.ts';

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

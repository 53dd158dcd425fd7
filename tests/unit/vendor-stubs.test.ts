import { describe, expect, it } from 'vitest';
import xss, { escapeHtml } from '../../src/client/vendor/xss.ts';
import keycharm from '../../src/client/vendor/keycharm.ts';

describe('the stand-ins for vis-timeline dependencies', () => {
  it('xss: any string vis-timeline would set as HTML becomes plain text', () => {
    const hostile = '<img src=x onerror="alert(1)">Reports & <b>cases</b>';
    const filtered = new xss.FilterXSS().process(hostile);
    expect(filtered).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;Reports &amp; &lt;b&gt;cases&lt;/b&gt;');
    expect(filtered).not.toMatch(/[<>"]/);
    expect(escapeHtml("it's")).toBe('it&#39;s');
  });
  it('keycharm: binds nothing', () => {
    const keys = keycharm();
    expect(() => keys.bind()).not.toThrow();
    expect(keys.destroy()).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import xss, { escapeHtml } from '../../src/client/vendor/xss.ts';
import keycharm from '../../src/client/vendor/keycharm.ts';
import { readFileSync } from 'node:fs';
import * as realUtil from 'vis-util/esnext/esm/vis-util.js';
import * as visUtil from '../../src/client/vendor/vis-util.ts';
import * as brushTransition from '../../src/client/vendor/d3-brush-transition.ts';

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
  it('vis-util: passes on every vis-util function vis-timeline uses, the real ones', () => {
    const source = readFileSync('node_modules/vis-timeline/esnext/esm/vis-timeline-graph2d.js', 'utf8');
    // Everything read from its utilities object, less what vis-timeline adds to it itself, and its named imports.
    const own = new Set(['convert', 'xss', 'setupXSSProtection']);
    const used = new Set([...source.matchAll(/availableUtils\.(\w+)/g)].map((m) => m[1]!).filter((n) => !own.has(n)));
    const named = /import \{([^}]*)\} from 'vis-util\/esnext\/esm\/vis-util\.js'/.exec(source)![1]!;
    for (const name of named.split(',')) used.add(name.trim());
    // No other way in: the namespace is only spread into that object.
    expect([...source.matchAll(/(?<![.\w-])util\.(\w+)/g)].map((m) => m[0])).toEqual([]);
    expect(used.size).toBeGreaterThan(30);
    for (const name of used) {
      expect(visUtil, name).toHaveProperty(name);
      expect((visUtil as Record<string, unknown>)[name]).toBe((realUtil as Record<string, unknown>)[name]);
    }
  });
  it('d3-brush without transitions: nothing to interrupt, and no animated move', () => {
    expect(brushTransition.interrupt()).toBeUndefined();
    expect(() => brushTransition.interpolate()).toThrow(/never moved with a transition/);
  });
});

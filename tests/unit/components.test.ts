import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import EventDetail from '../../src/components/EventDetail.astro';
import EventListItem from '../../src/components/EventListItem.astro';
import SourceList from '../../src/components/SourceList.astro';
import { en } from '../../src/i18n/en.ts';
import { partialDate } from '../../src/core/partial-date.ts';

// Components must escape text on their own, even for data that validation would have refused.
const payload = '<img src=x onerror=alert(1)><script>alert(2)</script> 1 < 2 && "x"';
const hostile = {
  id: 'hostile',
  type: 'case' as const,
  date: partialDate('2008-05-17'),
  title: payload,
  summary: payload,
  note: payload,
  body: `${payload}\n\n[click](javascript:alert(3))`,
  quote: { text: payload, by: payload },
  people: [{ name: payload, role: payload }],
  place: payload,
  sources: [{ publisher: payload, title: payload, url: 'javascript:alert(4)' }],
};

async function render(component: any, props: Record<string, unknown>) {
  const container = await AstroContainer.create();
  return container.renderToString(component, { props });
}

describe('components escape data', () => {
  it('EventDetail adds no element from hostile text', async () => {
    const html = await render(EventDetail, { event: hostile, t: en, language: 'en-GB' });
    const $ = cheerio.load(html);
    expect($('img, script').length).toBe(0);
    expect($('a[href^="javascript:"]').length).toBe(0);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
  it('EventListItem escapes the title and summary', async () => {
    const html = await render(EventListItem, {
      event: { ...hostile, people: [{ name: payload }] },
      t: en,
      language: 'en-GB',
    });
    const $ = cheerio.load(html);
    expect($('img, script').length).toBe(0);
    expect($('.event-title').text()).toBe(payload);
    expect(html).toContain('1 &lt; 2 &amp;&amp; &quot;x&quot;');
  });
  it('SourceList never links a javascript: URL', async () => {
    const html = await render(SourceList, { sources: hostile.sources, language: 'en-GB', t: en });
    expect(html).not.toMatch(/href="javascript:/i);
  });
});

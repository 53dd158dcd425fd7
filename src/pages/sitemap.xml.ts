import type { APIRoute } from 'astro';
import { getSite } from '../build/site-data.ts';
import { eventPath } from '../core/site-url.ts';

function escapeXml(text: string) {
  return text.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!,
  );
}

/** Every public page, with the site's base path and domain (SITE_URL, BASE_PATH). */
export const GET: APIRoute = () => {
  const site = getSite();
  const paths = [
    '/',
    '/about/',
    '/classroom/',
    '/handout/',
    '/print/',
    '/present/',
    ...site.years.map((g) => `/years/${g.year}/`),
    ...site.events.map((e) => eventPath(e.id)),
  ];
  const updated = site.story.updated;
  const lastmod = updated?.precision === 'day' ? `<lastmod>${updated.text}</lastmod>` : '';
  const urls = paths.map((path) => `<url><loc>${escapeXml(site.url(path))}</loc>${lastmod}</url>`).join('\n');
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`,
    { headers: { 'content-type': 'application/xml' } },
  );
};

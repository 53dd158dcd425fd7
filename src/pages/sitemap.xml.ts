import type { APIRoute } from 'astro';
import { getSiteData } from '../build/site-data.ts';
import { eventPath, withBase } from '../core/site-url.ts';

function escapeXml(text: string) {
  return text.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!,
  );
}

/** Every public page, with the site's base path and domain (SITE_URL, BASE_PATH). */
export const GET: APIRoute = ({ site }) => {
  const { events, years, data } = getSiteData();
  const paths = [
    '/',
    '/about/',
    '/classroom/',
    '/print/',
    '/present/',
    ...years.map((g) => `/years/${g.year}/`),
    ...events.map((e) => eventPath(e.id)),
  ];
  const lastmod = data.updated && data.updated.length === 10 ? `<lastmod>${data.updated}</lastmod>` : '';
  const urls = paths
    .map((path) => `<url><loc>${escapeXml(new URL(withBase(path), site).href)}</loc>${lastmod}</url>`)
    .join('\n');
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`,
    {
      headers: { 'content-type': 'application/xml' },
    },
  );
};
